// The ITs' own repository keeps a file it once fetched from the real local repository; the
// baseline must be the fluentcrm-openapi YAML this build installed, so the old copy goes.
def cached = new File(localRepositoryPath, 'dev/fluentcrm/fluentcrm-openapi')
if (cached.isDirectory()) {
    cached.eachFileRecurse { file -> if (file.name.endsWith('-openapi.yaml')) { assert file.delete() } }
}
return true
