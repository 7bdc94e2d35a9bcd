package dev.fluentcrm.liveit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The live stage: a real FluentCRM started from the plugin archives by {@code fluentcrm-site/start}
 * in a state directory under {@code target/live}, the built CLI's {@code verify-live --write-scenario}
 * run against it in a process of its own, and the site stopped again whatever happened.
 *
 * <p>On a machine that cannot run the site (no root to install the Debian packages, no Debian) the
 * start script fails with one line naming what is missing, and so does this test, unless the
 * environment says {@code FLUENTCRM_LIVE=skip}.
 */
class LiveSiteIT {
    private static final Path CLI_JAR = Path.of(System.getProperty("cli.jar")).normalize();
    private static final Path PLUGINS =
            Path.of(System.getProperty("fluentcrm.plugins")).normalize();
    private static final Path SCRIPTS =
            Path.of(System.getProperty("fluentcrm.site.scripts")).normalize();
    private static final Path LIVE = Path.of(System.getProperty("live.dir")).toAbsolutePath();
    private static final Path STATE = LIVE.resolve("site");

    /** A shell assignment in site.env: {@code NAME='value'}. */
    private static final Pattern ASSIGNMENT = Pattern.compile("^([A-Z_]+)='([^']*)'$");

    /** What a process printed and how it ended. */
    record Run(int exit, String out, String err) {
        String lastErrorLine() {
            List<String> lines = err.lines().filter(l -> !l.isBlank()).toList();
            return lines.isEmpty() ? "(nothing on stderr)" : lines.get(lines.size() - 1);
        }
    }

    @Test
    void verifyLiveFindsNoMismatchOnARealSite() throws Exception {
        Assumptions.assumeFalse(
                "skip".equals(System.getenv("FLUENTCRM_LIVE")), "FLUENTCRM_LIVE=skip: the live stage is skipped");
        if (!Files.isRegularFile(CLI_JAR)) {
            throw new AssertionError("the CLI jar " + CLI_JAR + " is missing (the dependency plugin copies it there)");
        }
        if (!Files.isDirectory(PLUGINS)) {
            throw new AssertionError(
                    "the plugin archives directory " + PLUGINS + " is missing (set -Dfluentcrm.plugins=DIR)");
        }
        Files.createDirectories(LIVE);
        // A fresh site every run: stop what an interrupted run may have left, then throw it away.
        run("stop", List.of(SCRIPTS.resolve("stop").toString(), "--state", STATE.toString()), Map.of(), 2);
        deleteTree(STATE);
        try {
            Run start = run(
                    "start",
                    List.of(
                            SCRIPTS.resolve("start").toString(),
                            "--plugins",
                            PLUGINS.toString(),
                            "--state",
                            STATE.toString()),
                    Map.of(),
                    20);
            if (start.exit() != 0) {
                throw new AssertionError("the live site did not start: " + start.lastErrorLine());
            }
            Map<String, String> site = readSiteEnv(STATE.resolve("site.env"));
            assertThat(site)
                    .containsKeys(
                            "FLUENTCRM_SITE_URL",
                            "FLUENTCRM_USER",
                            "FLUENTCRM_APP_PASSWORD",
                            "FLUENTCRM_NORIGHTS_USER",
                            "FLUENTCRM_NORIGHTS_APP_PASSWORD");

            Path report = LIVE.resolve("verify-live-report.json");
            Files.deleteIfExists(report);
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-jar",
                    CLI_JAR.toString(),
                    "verify-live",
                    "--site",
                    site.get("FLUENTCRM_SITE_URL"),
                    "--user",
                    site.get("FLUENTCRM_USER"),
                    "--app-password-env",
                    "FLUENTCRM_APP_PASSWORD",
                    "--no-rights-user",
                    site.get("FLUENTCRM_NORIGHTS_USER"),
                    "--no-rights-password-env",
                    "FLUENTCRM_NORIGHTS_APP_PASSWORD",
                    "--write-scenario",
                    "--report",
                    report.toString()));
            // The passwords travel in the environment only, as verify-live expects.
            Run verify = run(
                    "verify-live",
                    command,
                    Map.of(
                            "FLUENTCRM_APP_PASSWORD", site.get("FLUENTCRM_APP_PASSWORD"),
                            "FLUENTCRM_NORIGHTS_APP_PASSWORD", site.get("FLUENTCRM_NORIGHTS_APP_PASSWORD")),
                    20);
            if (verify.exit() == 2 && verify.err().contains("Unmatched argument")) {
                throw new AssertionError("the CLI " + CLI_JAR + " has no verify-live subcommand: "
                        + verify.err().lines().findFirst().orElse(""));
            }
            if (verify.exit() == 2) {
                throw new AssertionError("verify-live refused its command line: " + verify.lastErrorLine());
            }
            assertThat(verify.exit())
                    .as(
                            "verify-live exit code (0 = no mismatch, 1 = mismatches; the findings are in %s):%n%s",
                            LIVE.resolve("verify-live.out"), tail(verify.out(), 15))
                    .isZero();
            assertThat(report).as("the report verify-live writes").isRegularFile();
            assertThat(verify.out() + verify.err())
                    .as("verify-live never prints the Application Password")
                    .doesNotContain(site.get("FLUENTCRM_APP_PASSWORD"))
                    .doesNotContain(site.get("FLUENTCRM_NORIGHTS_APP_PASSWORD"));
        } finally {
            Run stop =
                    run("stop", List.of(SCRIPTS.resolve("stop").toString(), "--state", STATE.toString()), Map.of(), 2);
            assertThat(stop.exit())
                    .as("fluentcrm-site/stop: %s", stop.lastErrorLine())
                    .isZero();
        }
    }

    /** Runs a command, its output kept in {@code target/live/<name>.out|.err}; a hung one is killed. */
    private static Run run(String name, List<String> command, Map<String, String> env, int minutes)
            throws IOException, InterruptedException {
        Path out = LIVE.resolve(name + ".out");
        Path err = LIVE.resolve(name + ".err");
        ProcessBuilder builder = new ProcessBuilder(command)
                .directory(LIVE.toFile())
                .redirectOutput(out.toFile())
                .redirectError(err.toFile());
        builder.environment().putAll(env);
        Process process = builder.start();
        // Only a guard against a hung process (the scripts have deadlines of their own), not a measurement.
        if (!process.waitFor(minutes, TimeUnit.MINUTES)) {
            process.destroyForcibly();
            throw new AssertionError(name + " still running after " + minutes + " minutes: " + command);
        }
        return new Run(process.exitValue(), Files.readString(out), Files.readString(err));
    }

    private static String tail(String text, int lines) {
        List<String> all = text.lines().toList();
        return String.join("\n", all.subList(Math.max(0, all.size() - lines), all.size()));
    }

    private static Map<String, String> readSiteEnv(Path file) throws IOException {
        Map<String, String> values = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            Matcher m = ASSIGNMENT.matcher(line);
            if (m.matches()) {
                values.put(m.group(1), m.group(2));
            }
        }
        return values;
    }

    private static void deleteTree(Path root) throws IOException {
        if (!Files.exists(root)) {
            return;
        }
        try (var paths = Files.walk(root)) {
            for (Path p :
                    paths.sorted((a, b) -> b.getNameCount() - a.getNameCount()).toList()) {
                Files.delete(p);
            }
        }
    }
}
