def log = new File(basedir, 'build.log').text
assert log.contains('3 generated FluentCRM file(s) are stale; run `mvn fluentcrm:generate` and commit the result')
assert log.contains('FluentCRM generated sources are up to date (3 files checked)')
assert new File(basedir, 'src/main/generated/dev/fluentcrm/client/TagsApi.java').isFile()
return true
