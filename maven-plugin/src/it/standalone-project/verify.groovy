def project = new File(basedir, 'standalone')
assert new File(project, 'pom.xml').text.contains('<artifactId>acme-crm</artifactId>')
assert new File(project, 'README.md').text.contains('crm.contacts()')
assert new File(project, 'docs/contacts.md').isFile()
assert new File(project, 'target/acme-crm-1.0.0-SNAPSHOT.jar').isFile() : 'mvn verify built the emitted project'
assert new File(project, 'target/classes/com/acme/crm/FluentCrmClient.class').isFile()
return true
