package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * The bundle covers exactly the operations FluentCRM publishes, and the routes a real site registers beyond
 * them, grouped as the overview groups them.
 */
class CoverageTest {
    /** The API overview's module names, in its order, with the docs' tag where it differs. */
    private static final Map<String, List<String>> TAG_GROUPS = new LinkedHashMap<>();

    static {
        TAG_GROUPS.put("Core Resources", List.of("Contacts", "Tags", "Lists", "Companies", "Custom Fields", "Labels"));
        TAG_GROUPS.put("Email & Campaigns", List.of("Campaigns", "Templates", "Sequences", "Recurring Campaigns"));
        TAG_GROUPS.put("Automation & Analytics", List.of("Funnels", "Reports", "Webhooks", "Dynamic Segments"));
        TAG_GROUPS.put("Administration", List.of("Settings", "Import", "Users", "Forms", "Migrators", "Abandon Carts"));
        TAG_GROUPS.put(
                "Pro Features", List.of("Smart Links", "Campaigns Pro", "Pro Settings", "Commerce Reports", "SMS"));
        TAG_GROUPS.put("Other", List.of("Global Search", "Docs", "Bounce Handler"));
    }

    private static String overviewName(String docsTag) {
        return docsTag.equals("Public") ? "Bounce Handler" : docsTag;
    }

    @Test
    void operationsAreExactlyThoseOfTheReference() {
        ReferenceOperations reference = ReferenceOperations.load();
        Set<String> expected = reference.rows().stream()
                .map(ReferenceOperations.Row::key)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> actual =
                BundledSpec.operations().stream().map(Object::toString).collect(Collectors.toCollection(TreeSet::new));

        Set<String> missing = new TreeSet<>(expected);
        missing.removeAll(actual);
        Set<String> extra = new TreeSet<>(actual);
        extra.removeAll(expected);
        // Beyond the published ones, the spec documents the routes a real site registers that the
        // published list lacks (found in its route index); nothing else.
        Set<String> fromLiveSite = new TreeSet<>(LiveRoutes.routes());
        fromLiveSite.removeAll(expected);
        assertThat(missing)
                .as("operations of operations.tsv missing from the spec")
                .isEmpty();
        assertThat(extra)
                .as("operations in the spec that neither operations.tsv nor the live route index has")
                .isSubsetOf(fromLiveSite);
        assertThat(extra)
                .containsExactlyInAnyOrder(
                        "GET /setting/activity-logs",
                        "GET /setting/activity-logs/reset",
                        "POST /campaigns/{id}/subscribe",
                        "POST /setting/install-fluentconnect");
        assertThat(actual).hasSize(319 + 4);
    }

    @Test
    void eachOperationCarriesTheTagOfItsModule() {
        Map<String, String> tagByOperation = ReferenceOperations.load().rows().stream()
                .collect(Collectors.toMap(ReferenceOperations.Row::key, row -> overviewName(row.docsTag())));
        List<String> wrong = new ArrayList<>();
        BundledSpec.forEachOperation(op -> {
            JsonNode tags = op.node().path("tags");
            String expected = tagByOperation.get(op.toString());
            if (tags.size() != 1 || (expected != null && !tags.get(0).asText().equals(expected))) {
                wrong.add(op + " has tags " + tags + ", expected [" + expected + "]");
            }
        });
        assertThat(wrong).isEmpty();
    }

    @Test
    void the28TagsAreDescribedAndGroupedAsTheOverviewGroupsThem() {
        JsonNode document = BundledSpec.document();
        List<String> expectedTags =
                TAG_GROUPS.values().stream().flatMap(List::stream).toList();
        List<String> tags = new ArrayList<>();
        document.path("tags").forEach(tag -> {
            tags.add(tag.path("name").asText());
            assertThat(tag.path("description").asText())
                    .as("description of tag %s", tag.path("name"))
                    .hasSizeGreaterThan(20);
        });
        assertThat(tags).containsExactlyInAnyOrderElementsOf(expectedTags).hasSize(28);

        Map<String, List<String>> groups = new LinkedHashMap<>();
        document.path("x-tagGroups").forEach(group -> {
            List<String> members = new ArrayList<>();
            group.path("tags").forEach(t -> members.add(t.asText()));
            groups.put(group.path("name").asText(), members);
        });
        assertThat(groups).isEqualTo(TAG_GROUPS);
    }
}
