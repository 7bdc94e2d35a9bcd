// The default configuration generates nothing: the fluentcrm-sdk jar is that SDK already.
def out = new File(basedir, 'target/generated-sources/fluentcrm')
def generated = []
if (out.exists()) {
    out.eachFileRecurse { if (it.name.endsWith('.java')) generated << it }
}
assert generated.isEmpty() : "nothing generated, but found ${generated}"
assert new File(basedir, 'target/classes/com/acme/app/Crm.class').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /Generated 0 files in \d+ ms/
return true
