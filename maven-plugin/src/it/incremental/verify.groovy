// build.log holds the three runs in order.
def log = new File(basedir, 'build.log').text
def lines = log.readLines().findAll { it.contains('Generated ') && it.contains(' files in ') || it.contains('FluentCRM sources are up to date') }
assert lines.size() == 3 : "expected one line per run, got ${lines}"
assert lines[0] =~ /Generated 3 files in \d+ ms \(3 written, 0 unchanged, 0 removed\)/
assert lines[1].contains('FluentCRM sources are up to date')
assert lines[2] =~ /Generated 3 files in \d+ ms \(1 written, 2 unchanged, 0 removed\)/
def tag = new File(basedir, 'target/generated-sources/fluentcrm/dev/fluentcrm/client/model/Tag.java').text
assert tag.contains('as the admin screens show it')
return true
