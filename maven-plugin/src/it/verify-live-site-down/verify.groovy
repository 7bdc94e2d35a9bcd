def log = new File(basedir, 'build.log').text
assert log.contains('[ERROR] Failed to execute goal dev.fluentcrm:fluentcrm-maven-plugin:') : 'the goal failed'
assert log.contains(':verify-live (default-cli) on project verify-live-site-down: the site does not answer: GET http://127.0.0.1:1/wp-json/fluent-crm/v2: connection refused (is the site running?)') : 'one line naming the URL'
assert !log.contains('EFGH') : 'the password is never printed'
assert !log.contains('at dev.fluentcrm') : 'no stack trace'
return true
