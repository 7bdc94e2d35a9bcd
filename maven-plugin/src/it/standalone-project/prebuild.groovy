// The CLI takes spec files: take the bundled one out of the fluentcrm-openapi jar in the ITs' repository.
import java.util.zip.ZipFile
def version = new File(basedir, 'pom.xml').text.find(/fluentcrm-codegen<\/artifactId>\s*<version>([^<]+)/) { all, v -> v }
def jar = new File(localRepositoryPath, "dev/fluentcrm/fluentcrm-openapi/${version}/fluentcrm-openapi-${version}.jar")
assert jar.isFile() : "missing ${jar}"
def target = new File(basedir, 'spec/fluentcrm-openapi.yaml')
target.parentFile.mkdirs()
new ZipFile(jar).withCloseable { zip ->
    target.bytes = zip.getInputStream(zip.getEntry('dev/fluentcrm/spec/fluentcrm-openapi.yaml')).bytes
}
return true
