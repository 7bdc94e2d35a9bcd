def api = new File(basedir, 'target/generated-sources/fluentcrm/dev/fluentcrm/client/LoyaltyApi.java')
assert api.isFile()
assert api.text.contains('/loyalty/{subscriber_id}/points')
// The bundled modules are still there beside the custom one.
assert new File(basedir, 'target/generated-sources/fluentcrm/dev/fluentcrm/client/ContactsApi.java').isFile()
assert new File(basedir, 'target/classes/com/acme/Loyalty.class').isFile()
return true
