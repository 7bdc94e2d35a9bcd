package dev.fluentcrm.client.reference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.spec.FluentCrmSpec;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Opens the generated reference ({@code target/reference/index.html}) from disk in a real
 * headless Chromium and checks what a reader gets: an element per operation of the bundled spec,
 * a section per module, links that land, a search box that filters as one types, no console
 * error and not one network request. Screenshots go to {@code target/reference-*.png}.
 *
 * <p>Without Chromium the test fails with one line saying how to get it;
 * {@code -Dfluentcrm.browser=skip} skips it on purpose.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReferenceInBrowserTest {
    private static final Path MODULE = Path.of(System.getProperty("basedir", System.getProperty("user.dir")));
    private static final Path PAGE = MODULE.resolve("target/reference/index.html");

    private static Chromium chromium;
    private static DevTools page;
    private static JsonNode spec;

    @BeforeAll
    static void open() throws Exception {
        Assumptions.assumeFalse("skip".equals(System.getProperty("fluentcrm.browser")), "-Dfluentcrm.browser=skip");
        Path executable = findOrInstall();
        assertThat(PAGE).as("the reference the build generates").isRegularFile();
        try (InputStream in = FluentCrmSpec.class.getClassLoader().getResourceAsStream(FluentCrmSpec.JSON_RESOURCE)) {
            spec = new ObjectMapper().readTree(in);
        }
        chromium = Chromium.start(executable);
        page = chromium.page();
        page.send("Runtime.enable");
        page.send("Log.enable");
        page.send("Network.enable");
        page.send("Page.enable");
        page.send(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 860, "deviceScaleFactor", 1, "mobile", false));
        page.send("Page.navigate", Map.of("url", PAGE.toUri().toString()));
        page.awaitEvent("Page.loadEventFired", 60_000);
    }

    /** Chromium, installed by the project's script when missing on a machine that may install packages. */
    private static Path findOrInstall() throws IOException, InterruptedException {
        Optional<Path> found = Chromium.find();
        if (found.isPresent()) {
            return found.get();
        }
        Path script = MODULE.resolveSibling(Chromium.SETUP_SCRIPT);
        boolean mayInstall =
                "root".equals(System.getProperty("user.name")) && Files.isExecutable(Path.of("/usr/bin/apt-get"));
        if (mayInstall && Files.isRegularFile(script)) {
            Process install =
                    new ProcessBuilder("bash", script.toString()).inheritIO().start();
            if (install.waitFor() == 0 && Chromium.find().isPresent()) {
                return Chromium.find().get();
            }
        }
        return fail("Chromium is missing: run " + script + " (as root on Debian/Ubuntu), set -Dfluentcrm.chromium=PATH,"
                + " or skip with -Dfluentcrm.browser=skip");
    }

    @AfterAll
    static void close() {
        if (page != null) {
            page.close();
        }
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void hasAnElementPerOperationWhoseIdIsTheOperationId() {
        Set<String> expected = new TreeSet<>();
        spec.path("paths")
                .forEach(item -> item.fields().forEachRemaining(method -> {
                    if (method.getValue().has("operationId")) {
                        expected.add(method.getValue().get("operationId").asText());
                    }
                }));
        List<String> ids = strings(page.evaluate("[...document.querySelectorAll('article.op')].map(e => e.id)"));
        assertThat(ids).doesNotHaveDuplicates();
        assertThat(new TreeSet<>(ids)).isEqualTo(expected);
        // Each operation's id is the element itself, reachable as #operationId.
        assertThat(page.evaluate(
                                "[...document.querySelectorAll('article.op')].every(e => document.getElementById(e.id) === e)")
                        .asBoolean())
                .isTrue();
    }

    @Test
    void hasOneSectionPerModuleOfTheSpec() {
        List<String> tags = new ArrayList<>();
        spec.path("tags").forEach(tag -> tags.add(tag.path("name").asText()));
        assertThat(tags).isNotEmpty();
        List<String> sections =
                strings(page.evaluate("[...document.querySelectorAll('section.module')].map(e => e.dataset.module)"));
        assertThat(sections).containsExactlyInAnyOrderElementsOf(tags);
        // Each in one of the spec's groups, in order.
        List<String> groups = new ArrayList<>();
        spec.path("x-tagGroups").forEach(group -> groups.add(group.path("name").asText()));
        assertThat(strings(page.evaluate("[...document.querySelectorAll('main h2.group')].map(e => e.textContent)")))
                .containsSubsequence(groups);
    }

    @Test
    void everyInternalLinkLandsOnAnElement() {
        List<String> links = strings(
                page.evaluate("[...document.querySelectorAll('a[href^=\"#\"]')].map(a => a.getAttribute('href'))"));
        assertThat(links).hasSizeGreaterThan(1000);
        List<String> broken = strings(
                page.evaluate(
                        "[...document.querySelectorAll('a[href^=\"#\"]')]"
                                + ".map(a => a.getAttribute('href')).filter(h => !document.getElementById(decodeURIComponent(h.slice(1))))"));
        assertThat(broken).isEmpty();
    }

    @Test
    void typingInTheSearchBoxLeavesOnlyMatchingOperations() throws Exception {
        String visibleOps = "[...document.querySelectorAll('article.op')].filter(e => e.getClientRects().length > 0)";
        int all = page.evaluate(visibleOps + ".length").asInt();
        assertThat(all)
                .isEqualTo(page.evaluate("document.querySelectorAll('article.op').length")
                        .asInt());

        // By keyboard: "/" focuses the box, then the letters are typed one by one.
        page.evaluate("document.activeElement && document.activeElement.blur(), true");
        type("/");
        assertThat(page.evaluate("document.activeElement.id").asText()).isEqualTo("search");
        type("t");
        type("a");
        type("g");
        assertThat(page.evaluate("document.getElementById('search').value").asText())
                .isEqualTo("tag");

        JsonNode shown = page.evaluate(visibleOps + ".map(e => [e.id, e.dataset.search])");
        assertThat(shown.size()).isPositive().isLessThan(all);
        for (JsonNode op : shown) {
            assertThat(op.get(1).asText()).as(op.get(0).asText()).contains("tag");
        }
        JsonNode hidden = page.evaluate("[...document.querySelectorAll('article.op')]"
                + ".filter(e => e.getClientRects().length === 0).map(e => e.dataset.search)");
        assertThat(hidden.size()).isEqualTo(all - shown.size());
        hidden.forEach(search -> assertThat(search.asText()).doesNotContain("tag"));
        screenshot("target/reference-search.png");

        type("Escape");
        assertThat(page.evaluate(visibleOps + ".length").asInt()).isEqualTo(all);
    }

    @Test
    @Order(Integer.MAX_VALUE) // last, so that it sees what every other test did to the page
    void logsNoErrorAndSendsNoRequest() throws Exception {
        screenshot("target/reference.png");
        page.evaluate("location.hash = 'createContact', true");
        settle();
        screenshot("target/reference-operation.png");
        page.send(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", false));
        page.evaluate("window.scrollTo(0, 0), true");
        settle();
        String tooWide = page.evaluate("'viewport ' + innerWidth + '; ' + [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > innerWidth + 1)"
                        + ".filter(e => { for (let p = e.parentElement; p; p = p.parentElement) {"
                        + " if (getComputedStyle(p).overflowX !== 'visible') return false; } return true; })"
                        + ".slice(0, 5).map(e => e.parentElement.tagName + '.' + e.parentElement.className + '>' + e.tagName + ' ' + e.textContent.slice(0, 30) + ' in ' + (e.closest('[id]') || {}).id"
                        + " + ' ' + Math.round(e.getBoundingClientRect().right)).join(', ')")
                .asText();
        assertThat(page.evaluate("document.documentElement.scrollWidth").asInt())
                .as("nothing wider than a phone's screen: " + tooWide)
                .isLessThanOrEqualTo(390);
        screenshot("target/reference-narrow.png");
        page.send(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 1280, "height", 860, "deviceScaleFactor", 1, "mobile", false));
        // Nothing may be fetched besides the page itself: no CDN, no font, no script, no favicon.
        List<String> requests = new ArrayList<>();
        page.events("Network.requestWillBeSent")
                .forEach(e -> requests.add(e.path("request").path("url").asText()));
        assertThat(requests).containsExactly(PAGE.toUri().toString());
        assertThat(page.events("Runtime.exceptionThrown")).isEmpty();
        assertThat(page.events("Runtime.consoleAPICalled").stream()
                        .filter(e -> e.path("type").asText().matches("error|assert|warning"))
                        .toList())
                .isEmpty();
        assertThat(page.events("Log.entryAdded").stream()
                        .filter(e -> e.path("entry").path("level").asText().matches("error|warning"))
                        .toList())
                .isEmpty();
    }

    /** Waits two frames, so that a new viewport is laid out and painted before a screenshot. */
    private static void settle() {
        page.send(
                "Runtime.evaluate",
                Map.of(
                        "expression",
                        "new Promise(r => requestAnimationFrame(() => requestAnimationFrame(r)))",
                        "awaitPromise",
                        true));
    }

    private static void type(String key) {
        String text = key.length() == 1 ? key : "";
        page.send("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", key, "text", text));
        page.send("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key));
    }

    private static void screenshot(String file) throws IOException {
        String png = page.send("Page.captureScreenshot", Map.of("format", "png"))
                .path("data")
                .asText();
        Files.write(MODULE.resolve(file), Base64.getDecoder().decode(png));
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(value -> values.add(value.asText()));
        return values;
    }
}
