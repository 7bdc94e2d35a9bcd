package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.OutputKind.Destination;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;

/**
 * Fails the build when generated sources kept in version control are stale: it generates in
 * memory with the same parameters as {@code generate} and compares with the files on disk. A
 * file is stale when it is missing, differs, or was generated before (it is in the manifest)
 * and would not be generated now. It writes nothing.
 */
@Mojo(name = "check", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public class CheckMojo extends AbstractFluentCrmMojo {
    private static final int LISTED = 10;

    @Override
    public void execute() throws MojoFailureException {
        if (skip) {
            getLog().info("FluentCRM check skipped (fluentcrm.skip)");
            return;
        }
        Settings settings = settings();
        Map<Destination, List<GeneratedFile>> files = generate(settings);
        List<String> stale = new ArrayList<>();
        Set<Path> expected = new HashSet<>();
        for (Map.Entry<Destination, List<GeneratedFile>> output : files.entrySet()) {
            Path root = settings.roots().get(output.getKey());
            for (GeneratedFile file : output.getValue()) {
                Path path = root.resolve(file.path()).normalize();
                expected.add(path);
                if (!Files.isRegularFile(path)) {
                    stale.add("missing " + path);
                } else if (!Manifest.holds(path, file.content())) {
                    stale.add("differs " + path);
                }
            }
        }
        Manifest manifest = Manifest.read(settings.manifestDirectory());
        if (manifest != null) {
            for (Manifest.Entry entry : manifest.files()) {
                Path path = entry.file(settings.manifestDirectory());
                if (!expected.contains(path) && Files.exists(path)) {
                    stale.add("no longer generated " + path);
                }
            }
        }
        if (!stale.isEmpty()) {
            StringBuilder message = new StringBuilder()
                    .append(stale.size())
                    .append(
                            " generated FluentCRM file(s) are stale; run `mvn fluentcrm:generate` and commit the result:");
            stale.stream().limit(LISTED).forEach(line -> message.append("\n  ").append(line));
            if (stale.size() > LISTED) {
                message.append("\n  ... and ").append(stale.size() - LISTED).append(" more");
            }
            throw new MojoFailureException(message.toString());
        }
        getLog().info("FluentCRM generated sources are up to date (" + expected.size() + " files checked)");
    }
}
