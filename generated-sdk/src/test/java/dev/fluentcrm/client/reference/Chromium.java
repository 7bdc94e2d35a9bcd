package dev.fluentcrm.client.reference;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Debian's {@code chromium}, headless, in a fresh profile, with everything that would phone home
 * switched off; {@link #page()} connects to its one tab over the DevTools Protocol.
 *
 * <p>Where the executable is: {@code -Dfluentcrm.chromium=PATH}, {@code FLUENTCRM_CHROMIUM}, or
 * {@code chromium} / {@code chromium-browser} / {@code google-chrome} on the {@code PATH}.
 */
final class Chromium implements AutoCloseable {
    private static final Pattern LISTENING = Pattern.compile("DevTools listening on (ws://[^\\s]+)");
    /** The project's own installer, run when the browser is missing and this machine may install packages. */
    static final String SETUP_SCRIPT = ".ci/install-chromium.sh";

    private final Process process;
    private final Path profile;
    private final URI browserEndpoint;

    private Chromium(Process process, Path profile, URI browserEndpoint) {
        this.process = process;
        this.profile = profile;
        this.browserEndpoint = browserEndpoint;
    }

    /** The browser to drive, if this machine has one. */
    static Optional<Path> find() {
        String configured = System.getProperty("fluentcrm.chromium", System.getenv("FLUENTCRM_CHROMIUM"));
        if (configured != null && !configured.isBlank()) {
            return Optional.of(Path.of(configured)).filter(Files::isExecutable);
        }
        String path = System.getenv().getOrDefault("PATH", "/usr/bin:/bin");
        for (String name : List.of("chromium", "chromium-browser", "google-chrome")) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir, name);
                if (Files.isExecutable(candidate)) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }

    static Chromium start(Path executable) throws IOException {
        Path profile = Files.createTempDirectory("fluentcrm-chromium-");
        List<String> command = new ArrayList<>(List.of(
                executable.toString(),
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-quic",
                "--no-first-run",
                "--no-default-browser-check",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-extensions",
                "--disable-default-apps",
                "--metrics-recording-only",
                "--hide-scrollbars",
                "--user-data-dir=" + profile,
                "--remote-debugging-port=0",
                "about:blank"));
        Process process = new ProcessBuilder(command)
                .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                .start();
        CompletableFuture<URI> endpoint = new CompletableFuture<>();
        StringBuilder stderr = new StringBuilder();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines =
                    new BufferedReader(new InputStreamReader(process.getErrorStream(), StandardCharsets.UTF_8))) {
                String line;
                while ((line = lines.readLine()) != null) {
                    Matcher matcher = LISTENING.matcher(line);
                    if (matcher.find()) {
                        endpoint.complete(URI.create(matcher.group(1)));
                    } else if (!endpoint.isDone()) {
                        stderr.append(line).append('\n');
                    }
                }
            } catch (IOException e) {
                endpoint.completeExceptionally(e);
            }
            endpoint.completeExceptionally(
                    new IllegalStateException("Chromium exited without a DevTools endpoint:\n" + stderr));
        });
        reader.setDaemon(true);
        reader.start();
        try {
            return new Chromium(process, profile, endpoint.get(60, TimeUnit.SECONDS));
        } catch (Exception e) {
            process.destroyForcibly();
            throw new IllegalStateException("Chromium did not start: " + e.getMessage() + "\n" + stderr, e);
        }
    }

    /** A DevTools connection to the browser's one tab. */
    DevTools page() throws IOException, InterruptedException {
        URI list = URI.create("http://" + browserEndpoint.getHost() + ":" + browserEndpoint.getPort() + "/json/list");
        HttpResponse<String> answer = HttpClient.newHttpClient()
                .send(HttpRequest.newBuilder(list).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : new ObjectMapper().readTree(answer.body())) {
            if ("page".equals(target.path("type").asText())) {
                return DevTools.connect(
                        URI.create(target.path("webSocketDebuggerUrl").asText()));
            }
        }
        throw new IllegalStateException("Chromium has no page to drive: " + answer.body());
    }

    @Override
    public void close() {
        process.destroy();
        try {
            if (!process.waitFor(10, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        deleteProfile();
    }

    /**
     * Chromium's helper processes may still write to the profile for a moment after the browser
     * itself has exited, so a file can vanish (or appear) while the folder is walked: walk again a
     * few times, and say so when something is left in the temporary folder rather than failing a
     * test whose checks all passed.
     */
    private void deleteProfile() {
        for (int attempt = 0; attempt < 5 && Files.exists(profile); attempt++) {
            try (Stream<Path> files = Files.walk(profile)) {
                files.sorted(Comparator.reverseOrder())
                        .forEach(file -> file.toFile().delete());
            } catch (IOException | UncheckedIOException vanishedDuringTheWalk) {
                // Walk again.
            }
        }
        if (Files.exists(profile)) {
            System.err.println("Chromium's profile was left behind: " + profile);
        }
    }
}
