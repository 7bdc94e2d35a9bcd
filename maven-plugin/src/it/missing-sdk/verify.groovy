def log = new File(basedir, 'build.log').text
assert log.contains('Generating only the overlays (mode auto: the bundled spec in the default package) needs'
        + ' dev.fluentcrm:fluentcrm-sdk:') : 'one line naming the dependency to add'
assert log.contains("and it is not among this project's dependencies: add it to <dependencies>, or set <mode>full</mode>")
assert !new File(basedir, 'target/generated-sources/fluentcrm/dev').exists()
return true
