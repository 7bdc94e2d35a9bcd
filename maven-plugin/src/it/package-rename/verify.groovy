def out = new File(basedir, 'target/generated-sources/fluentcrm')
assert new File(out, 'com/example/crm/FluentCrmClient.java').text.startsWith('package com.example.crm;')
assert new File(out, 'com/example/crm/model/Tag.java').isFile()
assert !new File(out, 'dev').exists()
assert new File(basedir, 'target/classes/com/example/crm/TagsApi.class').isFile()
return true
