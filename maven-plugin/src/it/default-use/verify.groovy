// The bundled spec was used, the source root was added (Crm.java compiled against it), and the
// manifest sits beside the output.
def out = new File(basedir, 'target/generated-sources/fluentcrm')
assert new File(out, 'dev/fluentcrm/client/FluentCrmClient.java').isFile()
assert new File(out, 'dev/fluentcrm/client/ContactsApi.java').isFile()
assert new File(out, '.fluentcrm-manifest.json').isFile()
assert new File(basedir, 'target/classes/com/acme/Crm.class').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /Generated \d+ files in \d+ ms/
assert !new File(basedir, 'target/generated-docs').exists() : 'docs are not a default output'
return true
