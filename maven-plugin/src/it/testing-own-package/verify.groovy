def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 4, Failures: 0, Errors: 0, Skipped: 0') : 'the user tests ran against the generated mock'
assert new File(basedir, 'target/generated-test-sources/fluentcrm/com/acme/crm/testing/MockFluentCrm.java').isFile()
assert new File(basedir, 'target/generated-sources/fluentcrm/com/acme/crm/LoyaltyApi.java').isFile()
return true
