package dev.fluentcrm.codegen.style;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Modules consume each other as artifacts: a build file that reads another module's
 * {@code target/} works only in a full reactor build from this repository, never from the
 * published artifacts, and hides the dependency from Maven's ordering.
 */
class ModuleBoundariesTest {
    private static final Path REPOSITORY =
            Path.of(System.getProperty("basedir", "")).toAbsolutePath().getParent();
    /** {@code ../spec/target}, {@code ${project.basedir}/../x/target/...}. */
    private static final Pattern OTHER_TARGET = Pattern.compile("\\.\\./[\\w.-]+/target\\b");

    @Test
    void noPomReadsAnotherModulesTargetFolder() throws IOException {
        List<String> found = new ArrayList<>();
        List<Path> poms;
        try (Stream<Path> walk = Files.walk(REPOSITORY, 2)) {
            poms = walk.filter(p -> p.getFileName().toString().equals("pom.xml"))
                    .toList();
        }
        assertThat(poms).hasSizeGreaterThan(8);
        for (Path pom : poms) {
            List<String> lines = Files.readAllLines(pom);
            for (int i = 0; i < lines.size(); i++) {
                Matcher matcher = OTHER_TARGET.matcher(lines.get(i));
                if (matcher.find()) {
                    found.add(REPOSITORY.relativize(pom) + ":" + (i + 1) + " " + matcher.group());
                }
            }
        }
        assertThat(found).isEmpty();
    }

    @Test
    void theCheckFindsSuchAReference() {
        assertThat(OTHER_TARGET
                        .matcher("<argument>${project.basedir}/../spec/target/fluentcrm-openapi.yaml</argument>")
                        .find())
                .isTrue();
        assertThat(OTHER_TARGET
                        .matcher("<directory>${project.build.directory}/generated</directory>")
                        .find())
                .isFalse();
    }
}
