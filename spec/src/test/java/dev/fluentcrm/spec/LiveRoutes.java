package dev.fluentcrm.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The route index of a real site ({@code GET /wp-json/fluent-crm/v2}), one {@code METHOD /path} a
 * line with path parameters as {@code {name}}, as fluentcrm-site/route-index prints it.
 */
final class LiveRoutes {
    /** The release the stored index was taken from, as the spec's availability extension names it. */
    static final String RELEASE = "FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45";

    private static final String FILE = "route-index-fluentcrm-2.9.84-pro-2.8.45.txt";

    private LiveRoutes() {}

    static Set<String> routes() {
        try (InputStream in = LiveRoutes.class.getResourceAsStream(FILE)) {
            if (in == null) {
                throw new IllegalStateException("test resource " + FILE + " is missing");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toCollection(TreeSet::new));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
