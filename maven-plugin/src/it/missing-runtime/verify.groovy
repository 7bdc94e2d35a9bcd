def log = new File(basedir, 'build.log').text
assert log.contains('The model output needs dev.fluentcrm:fluentcrm-runtime:') : 'one line naming the dependency to add'
assert log.contains("and it is not among this project's dependencies: add it to <dependencies>")
return true
