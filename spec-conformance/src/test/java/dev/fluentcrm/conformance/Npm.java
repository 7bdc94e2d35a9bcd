package dev.fluentcrm.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Map;

/**
 * The npm tools of the matrix (Redocly CLI, Spectral, openapi-typescript, TypeScript, js-yaml,
 * axios), installed once per build into {@code target/conformance/npm} with {@code npm ci} from
 * the committed {@code src/test/npm/package-lock.json}, so every version, transitive ones
 * included, is pinned. Install scripts are not run: none of these tools needs one.
 */
final class Npm {
    private static Path root;

    private Npm() {}

    static synchronized Path root() {
        if (root == null) {
            Path dir = Tools.work("npm");
            Path lock = Path.of(Tools.property("conformance.npm.lock"));
            try {
                for (String file : new String[] {"package.json", "package-lock.json"}) {
                    Files.copy(lock.resolve(file), dir.resolve(file), StandardCopyOption.REPLACE_EXISTING);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            Tools.Result install = Tools.run(
                    dir,
                    Map.of("NO_UPDATE_NOTIFIER", "1"),
                    Tools.command("npm", "ci", "--no-audit", "--no-fund", "--ignore-scripts", "--loglevel=error"));
            assertThat(install.exitCode())
                    .as("npm ci in %s:%n%s", dir, install.output())
                    .isZero();
            root = dir;
        }
        return root;
    }

    /** An executable a package installed ({@code node_modules/.bin/NAME}). */
    static Path bin(String name) {
        return root().resolve("node_modules").resolve(".bin").resolve(name);
    }

    /** The version of an installed package, as its package.json says. */
    static String version(String packageName) {
        try {
            String json = Files.readString(
                    root().resolve("node_modules").resolve(packageName).resolve("package.json"));
            return Json.MAPPER.readTree(json).path("version").asText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Environment for the tools: no telemetry, no update checks. */
    static Map<String, String> quietEnvironment() {
        return Map.of(
                "REDOCLY_TELEMETRY",
                "off",
                "REDOCLY_SUPPRESS_UPDATE_NOTICE",
                "true",
                "NO_UPDATE_NOTIFIER",
                "1",
                "DO_NOT_TRACK",
                "1");
    }
}
