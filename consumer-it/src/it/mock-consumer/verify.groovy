def log = new File(basedir, 'build.log').text
assert log.contains('Tests run: 2, Failures: 0, Errors: 0, Skipped: 0')
assert new File(basedir, 'target/surefire-reports/TEST-com.acme.newsletter.VipTaggerTest.xml').isFile()
assert new File(basedir, 'target/mock-consumer-1.0-SNAPSHOT.jar').isFile()
return true
