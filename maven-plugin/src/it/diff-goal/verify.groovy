def log = new File(basedir, 'build.log').text

// 1. Against a file: the Markdown entry of the next release, 0.2.0 after 0.1.0 (a breaking change while 0.x).
def entry = new File(basedir, 'target/CHANGELOG-entry.md').text
assert entry.startsWith('## 0.2.0\n\nSpec changes from baseline.yaml (info.version 1.0) to spec.yaml (info.version 1.0).')
assert entry.contains('### Breaking changes\n\n- `TagsApi.delete(Long)` (operation-removed, `deleteTag`)')
assert entry.contains('### Added\n\n- `TagStatus.PENDING` (enum-value-added, `TagStatus`)')
assert log.contains('[INFO] BREAKING operation-removed deleteTag: TagsApi.delete(Long)')

// 2. failOn breaking fails the build with one line, after writing the JSON report.
assert log.contains('2 change(s), 1 breaking, against the baseline ' + new File(basedir, 'baseline.yaml').path + ' (failOn breaking)')
def json = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/fluentcrm-spec-diff.json'))
assert json.bump == 'major'
assert json.changes*.kind == ['operation-removed', 'enum-value-added']

// 3. Against the fluentcrm-openapi artifact the main build installed: no change, with failOn any.
def release = new File(basedir, 'target/fluentcrm-spec-diff.txt').text
assert release.startsWith('Spec diff: dev.fluentcrm:fluentcrm-openapi:yaml:openapi:')
assert release.contains('No changes.')

// 4. Coordinates nothing answers: one clear line naming them.
assert log.contains('baseline: dev.fluentcrm:fluentcrm-openapi:yaml:openapi:0.0.1-missing cannot be resolved: ')
assert !log.contains('NullPointerException')
return true
