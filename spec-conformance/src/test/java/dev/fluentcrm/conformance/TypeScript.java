package dev.fluentcrm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** {@code tsc --noEmit --strict} (TypeScript from npm, pinned) over generated TypeScript. */
final class TypeScript {
    private static final Pattern ERROR = Pattern.compile("^(.+?)\\((\\d+),(\\d+)\\): error (TS\\d+: .*)$");

    private TypeScript() {}

    static void check(String target, Path dir, Path entry) {
        String version = Npm.version("typescript");
        Tools.Result tsc = Tools.run(
                dir,
                Npm.quietEnvironment(),
                Tools.command(
                        Npm.bin("tsc"),
                        "--noEmit",
                        "--strict",
                        "--target",
                        "es2020",
                        "--module",
                        "es2020",
                        "--moduleResolution",
                        "node",
                        "--lib",
                        "es2020,dom",
                        "--pretty",
                        "false",
                        entry));
        List<String> errors = tsc.lines().stream()
                .filter(line -> line.contains(": error TS"))
                .map(TypeScript::describe)
                .toList();
        Report.entry("tsc --noEmit --strict", version, target + ": compile")
                .count("errors", errors.size())
                .passIf(tsc.exitCode() == 0 && errors.isEmpty())
                .record();
        assertThat(errors).as("tsc %s on the %s output", version, target).isEmpty();
        assertThat(tsc.exitCode())
                .as("tsc on the %s output:%n%s", target, tsc.output())
                .isZero();
    }

    private static String describe(String line) {
        Matcher m = ERROR.matcher(line);
        if (!m.matches()) {
            return "tsc: " + line;
        }
        String file = Path.of(m.group(1)).getFileName().toString();
        return "tsc: " + m.group(1) + ":" + m.group(2) + ": " + m.group(4) + OpenApiGeneratorTest.generatedFrom(file);
    }
}
