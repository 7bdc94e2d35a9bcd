package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * Where each operation exists ({@code x-fluentcrm-availability}), checked against the route index of a
 * real FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45 site, and the routes the site registers without an
 * operation ({@code x-fluentcrm-unlisted-routes}).
 */
class AvailabilityTest {
    /** A release as the extension names it: the free plugin, and Pro when the site had it. */
    private static final Pattern RELEASE =
            Pattern.compile("^FluentCRM [0-9]+\\.[0-9]+\\.[0-9]+( \\+ FluentCampaign Pro [0-9]+\\.[0-9]+\\.[0-9]+)?$");

    private static final Set<String> KEYS = Set.of("registeredIn", "notRegisteredIn", "since");
    private static final String NOT_REGISTERED_SENTENCE =
            "Not registered by FluentCRM 2.9.84 / FluentCampaign Pro 2.8.45; documented for newer releases.";

    @Test
    void everyOperationSaysWhereItIsRegistered() {
        List<String> problems = new ArrayList<>();
        BundledSpec.forEachOperation(op -> {
            String where = op + " (" + op.pointer() + "/x-fluentcrm-availability)";
            JsonNode availability = op.node().get("x-fluentcrm-availability");
            if (availability == null || !availability.isObject()) {
                problems.add(where + ": missing or not a mapping");
                return;
            }
            availability.fieldNames().forEachRemaining(key -> {
                if (!KEYS.contains(key)) {
                    problems.add(where + ": unknown key " + key);
                }
            });
            Set<String> registered = releases(availability.get("registeredIn"), where + "/registeredIn", problems);
            Set<String> notRegistered =
                    releases(availability.get("notRegisteredIn"), where + "/notRegisteredIn", problems);
            if (registered.isEmpty() && notRegistered.isEmpty()) {
                problems.add(where + ": names no release");
            }
            Set<String> both = new HashSet<>(registered);
            both.retainAll(notRegistered);
            if (!both.isEmpty()) {
                problems.add(where + ": " + both + " both registers and does not register it");
            }
            JsonNode since = availability.get("since");
            if (since != null
                    && !(since.isTextual() && RELEASE.matcher(since.asText()).matches())) {
                problems.add(where + "/since: not a release string: " + since);
            }
        });
        assertThat(problems).isEmpty();
    }

    private static Set<String> releases(JsonNode list, String where, List<String> problems) {
        Set<String> releases = new TreeSet<>();
        if (list == null) {
            return releases;
        }
        if (!list.isArray() || list.isEmpty()) {
            problems.add(where + ": must be a non-empty list of release strings");
            return releases;
        }
        list.forEach(item -> {
            if (!item.isTextual() || !RELEASE.matcher(item.asText()).matches()) {
                problems.add(where + ": not a release string: " + item);
            } else if (!releases.add(item.asText())) {
                problems.add(where + ": " + item + " twice");
            }
        });
        return releases;
    }

    @Test
    void theLiveSiteRegistersExactlyTheOperationsMarkedSo() {
        Set<String> index = LiveRoutes.routes();
        List<String> problems = new ArrayList<>();
        BundledSpec.forEachOperation(op -> {
            JsonNode availability = op.node().path("x-fluentcrm-availability");
            boolean registered = contains(availability.path("registeredIn"), LiveRoutes.RELEASE);
            boolean notRegistered = contains(availability.path("notRegisteredIn"), LiveRoutes.RELEASE);
            boolean onSite = index.contains(op.toString());
            if (onSite && !registered) {
                problems.add(op + ": the site registers it, but registeredIn lacks " + LiveRoutes.RELEASE);
            }
            if (!onSite && !notRegistered) {
                problems.add(op + ": the site does not register it, but notRegisteredIn lacks " + LiveRoutes.RELEASE);
            }
            boolean saysSo = op.node().path("description").asText().contains(NOT_REGISTERED_SENTENCE);
            if (saysSo != !onSite) {
                problems.add(op + ": the description must say '" + NOT_REGISTERED_SENTENCE
                        + "' exactly when the site lacks the operation");
            }
        });
        assertThat(problems).isEmpty();
    }

    @Test
    void everyRouteOfTheLiveSiteIsAnOperationOrListedWithAReason() {
        Set<String> index = LiveRoutes.routes();
        Set<String> operations = new TreeSet<>();
        BundledSpec.forEachOperation(op -> operations.add(op.toString()));
        Set<String> unlisted = new TreeSet<>();
        List<String> problems = new ArrayList<>();
        JsonNode list = BundledSpec.document().path("x-fluentcrm-unlisted-routes");
        assertThat(list.isArray()).as("/x-fluentcrm-unlisted-routes is a list").isTrue();
        for (int i = 0; i < list.size(); i++) {
            JsonNode route = list.get(i);
            String where = "/x-fluentcrm-unlisted-routes/" + i;
            String key =
                    route.path("method").asText() + " " + route.path("path").asText();
            if (!route.path("method").asText().matches("GET|POST|PUT|PATCH|DELETE")
                    || !route.path("path").asText().startsWith("/")) {
                problems.add(where + ": needs method (upper case) and path, has " + route);
            }
            if (route.path("reason").asText().length() < 20) {
                problems.add(where + ": needs a reason in words");
            }
            if (operations.contains(key)) {
                problems.add(where + ": " + key + " is an operation, so it is not unlisted");
            }
            if (!index.contains(key)) {
                problems.add(where + ": " + key + " is not a route of the live site");
            }
            if (!unlisted.add(key)) {
                problems.add(where + ": " + key + " twice");
            }
        }
        Set<String> drift = new TreeSet<>(index);
        drift.removeAll(operations);
        drift.removeAll(unlisted);
        assertThat(problems).isEmpty();
        assertThat(drift)
                .as("routes the live site registers that are neither operations nor unlisted")
                .isEmpty();
        // Only the namespace index and the bounce handler's other methods are left out on purpose.
        assertThat(unlisted)
                .allMatch(route -> route.equals("GET /") || route.contains(" /public/bounce_handler/"))
                .hasSize(9);
    }

    private static boolean contains(JsonNode list, String release) {
        for (JsonNode item : list) {
            if (item.asText().equals(release)) {
                return true;
            }
        }
        return false;
    }
}
