// Only the overlay was generated, in the package made from the groupId; the SDK came from its jar.
def out = new File(basedir, 'target/generated-sources/fluentcrm')
def api = new File(out, 'com/acme/fluentcrm/LoyaltyApi.java')
assert api.isFile()
assert api.text.contains('import dev.fluentcrm.client.model.Contact;') : 'the base model, by reference'
assert new File(out, 'com/acme/fluentcrm/model/LoyaltyPoints.java').isFile()
assert !new File(out, 'com/acme/fluentcrm/model/Contact.java').exists()
assert !new File(out, 'dev').exists() : 'nothing of the SDK itself is generated'
def generated = []
out.eachFileRecurse { if (it.name.endsWith('.java')) generated << it }
assert generated.size() == 2 : "only the overlay's module and model: ${generated}"
def tests = new File(basedir, 'target/generated-test-sources/fluentcrm')
assert new File(tests, 'com/acme/fluentcrm/testing/MockFluentCrm.java').isFile()
def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 3, Failures: 0, Errors: 0')
return true
