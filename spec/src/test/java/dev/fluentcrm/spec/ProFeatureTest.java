package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Operations that need FluentCampaign Pro say so. The modules below exist only in the Pro
 * add-on; {@code free-routes.txt} lists the routes the free plugin's {@code api.php} registers.
 */
class ProFeatureTest {
    private static final Set<String> PRO_MODULES = Set.of(
            "sequences",
            "recurring-campaigns",
            "dynamic-segments",
            "campaigns-pro",
            "smart-links",
            "pro-settings",
            "commerce-reports",
            "sms",
            "abandon-carts");

    @Test
    void proModulesAreFlaggedAndFreeRoutesAreNot() throws IOException {
        Map<String, String> moduleOf = ReferenceOperations.load().rows().stream()
                .collect(Collectors.toMap(ReferenceOperations.Row::key, ReferenceOperations.Row::module));
        Set<String> freeRoutes = freeRoutes();
        List<String> problems = new ArrayList<>();
        BundledSpec.forEachOperation(op -> {
            boolean flagged = op.node().path("x-fluentcrm-pro").asBoolean(false);
            String module = moduleOf.get(op.toString());
            if (module != null && PRO_MODULES.contains(module) && !flagged) {
                problems.add(op + ": module " + module + " needs Pro, but the operation lacks x-fluentcrm-pro: true");
            }
            if (freeRoutes.contains(op.toString()) && flagged) {
                problems.add(op + ": the free plugin registers this route, yet it is flagged Pro");
            }
            boolean saysSo = op.node().path("description").asText().contains("Requires FluentCampaign Pro.");
            if (flagged != saysSo) {
                problems.add(op + ": x-fluentcrm-pro and the sentence 'Requires FluentCampaign Pro.' must go together");
            }
        });
        assertThat(problems).isEmpty();
        assertThat(BundledSpec.operations().stream()
                        .filter(op -> op.node().path("x-fluentcrm-pro").asBoolean()))
                .hasSizeGreaterThanOrEqualTo(90);
    }

    private static Set<String> freeRoutes() throws IOException {
        try (InputStream in = ProFeatureTest.class.getResourceAsStream("free-routes.txt")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8)
                    .lines()
                    .filter(line -> !line.isBlank() && !line.startsWith("#"))
                    .collect(Collectors.toSet());
        }
    }
}
