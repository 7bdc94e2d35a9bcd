def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 1, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'sdk/target/crm-sdk-1.0-SNAPSHOT.jar').isFile()
return true
