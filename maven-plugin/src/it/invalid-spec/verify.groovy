def log = new File(basedir, 'build.log').text
def spec = new File(basedir, 'spec.yaml').canonicalFile
assert log.contains(spec.path + "#/paths/~1tags~1{id}/get/parameters/id/schema: unknown type 'intger'") : 'the failure names the file and the pointer'
// Nothing half-written.
assert !new File(basedir, 'target/generated-sources/fluentcrm').exists()
return true
