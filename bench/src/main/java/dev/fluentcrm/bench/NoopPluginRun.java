package dev.fluentcrm.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The plugin's no-op run, measured in real Maven builds of a small project that uses it with
 * its defaults (bundled spec, client output) in {@code full} mode, so that there are 968 files to
 * check (the default mode would reuse the fluentcrm-sdk jar and have none): one build generates, the following ones find
 * everything up to date. The plugin's share is the time between Maven announcing the goal and
 * the plugin's "up to date" line (timestamps of Maven's own log, in ms), so it includes loading
 * the plugin's class realm, configuring the mojo and its up-to-date check; the whole
 * {@code mvn} command is reported beside it.
 */
final class NoopPluginRun {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSS");

    private static final Pattern UP_TO_DATE =
            Pattern.compile("FluentCRM sources are up to date \\((.+); checked in (\\d+) ms\\)");

    /**
     * The goal's time when up to date, the check's own time as the plugin logs it, the goal when
     * skipped ({@code -Dfluentcrm.skip}: realm and configuration only), whole commands; and the
     * first no-op run after generating, which hashes (the stamps of files just written are not
     * trusted yet).
     */
    record Result(
            Stats mojoMillis,
            Stats checkMillis,
            String checkHow,
            Stats skippedMillis,
            Stats commandMillis,
            String firstRunLine,
            double firstNoopGoalMillis,
            String firstNoopLine) {}

    private final Path mvn;
    private final Path project;
    private final String version;

    NoopPluginRun(Path mavenHome, Path work, String version) {
        this.mvn = mavenHome.resolve("bin/mvn");
        this.project = work.resolve("noop-project");
        this.version = version;
    }

    Result measure(int runs) throws IOException, InterruptedException {
        Generators.deleteTree(project);
        Files.createDirectories(project);
        Files.writeString(project.resolve("pom.xml"), pom());
        List<String> first = build();
        String generated = first.stream()
                .filter(l -> l.contains("Generated "))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("The first build did not generate: " + tail(first)));
        // Past the stamps' two-second window, as a build a while after the last one would be.
        Thread.sleep(2_500);
        List<String> firstNoop = build();
        double firstNoopGoal = goalMillis(firstNoop, "FluentCRM sources are up to date");
        String firstNoopLine = upToDateLine(firstNoop);
        List<Double> mojo = new ArrayList<>();
        List<Double> check = new ArrayList<>();
        List<Double> skipped = new ArrayList<>();
        List<Double> command = new ArrayList<>();
        String how = null;
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            List<String> log = build();
            command.add((System.nanoTime() - start) / 1e6);
            mojo.add(goalMillis(log, "FluentCRM sources are up to date"));
            Matcher line = UP_TO_DATE.matcher(upToDateLine(log));
            if (!line.find()) {
                throw new IllegalStateException("Unexpected up-to-date line: " + upToDateLine(log));
            }
            how = how == null || how.equals(line.group(1)) ? line.group(1) : "mixed";
            check.add(Double.parseDouble(line.group(2)));
            skipped.add(goalMillis(build("-Dfluentcrm.skip"), "FluentCRM generation skipped"));
        }
        return new Result(
                Stats.of(mojo),
                Stats.of(check),
                how,
                Stats.of(skipped),
                Stats.of(command),
                generated.replaceAll("^.*\\[INFO\\] ", ""),
                firstNoopGoal,
                firstNoopLine.replaceAll("^.*\\[INFO\\] ", ""));
    }

    private static String upToDateLine(List<String> log) {
        return log.stream()
                .filter(l -> l.contains("FluentCRM sources are up to date"))
                .findFirst()
                .orElseThrow(() -> new IllegalStateException("Expected 'up to date' from the plugin: " + tail(log)));
    }

    /** From Maven announcing the goal to the plugin's {@code last} line, by the log's timestamps. */
    private static double goalMillis(List<String> log, String last) {
        LocalTime announced = null;
        LocalTime done = null;
        for (String line : log) {
            if (line.contains("--- fluentcrm-maven-plugin:")) {
                announced = time(line);
            } else if (line.contains(last)) {
                done = time(line);
            }
        }
        if (announced == null || done == null) {
            throw new IllegalStateException("Expected '" + last + "' from the plugin: " + tail(log));
        }
        return Duration.between(announced, done).toMillis();
    }

    private List<String> build(String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                mvn.toString(),
                "-o",
                "-B",
                "-ntp",
                "-Dorg.slf4j.simpleLogger.showDateTime=true",
                "-Dorg.slf4j.simpleLogger.dateTimeFormat=HH:mm:ss.SSS"));
        command.addAll(List.of(extra));
        command.add("generate-sources");
        Process process = new ProcessBuilder(command)
                .directory(project.toFile())
                .redirectErrorStream(true)
                .start();
        List<String> lines;
        try (var in = process.getInputStream()) {
            lines = new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .toList();
        }
        if (!process.waitFor(5, TimeUnit.MINUTES) || process.exitValue() != 0) {
            throw new IllegalStateException("mvn failed in " + project + ": " + tail(lines));
        }
        return lines;
    }

    private static LocalTime time(String line) {
        return LocalTime.parse(line.substring(0, 12), TIME);
    }

    private static String tail(List<String> lines) {
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 20), lines.size()));
    }

    private String pom() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <project xmlns="http://maven.apache.org/POM/4.0.0">
                  <modelVersion>4.0.0</modelVersion>
                  <groupId>bench</groupId>
                  <artifactId>noop</artifactId>
                  <version>1</version>
                  <dependencies>
                    <dependency>
                      <groupId>dev.fluentcrm</groupId>
                      <artifactId>fluentcrm-runtime</artifactId>
                      <version>%1$s</version>
                    </dependency>
                  </dependencies>
                  <build>
                    <plugins>
                      <plugin>
                        <groupId>dev.fluentcrm</groupId>
                        <artifactId>fluentcrm-maven-plugin</artifactId>
                        <version>%1$s</version>
                        <executions>
                          <execution>
                            <goals><goal>generate</goal></goals>
                          </execution>
                        </executions>
                        <configuration>
                          <mode>full</mode>
                        </configuration>
                      </plugin>
                    </plugins>
                  </build>
                </project>
                """.formatted(version);
    }
}
