package dev.fluentcrm.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;

/**
 * Which FluentCRM release a site runs, in the form {@code x-fluentcrm-availability} uses
 * ({@code FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45}), read from WordPress's plugin list
 * ({@code GET /wp-json/wp/v2/plugins}, which needs the {@code activate_plugins} capability).
 */
final class SiteRelease {
    private SiteRelease() {}

    /** The release, or {@code null} when the plugin list cannot be read (the user may lack the capability). */
    static String detect(SiteClient client, Credentials credentials, ObjectMapper json) {
        SiteClient.Exchange plugins = client.rest("GET", "/wp/v2/plugins?context=view", credentials);
        if (plugins.status() != 200) {
            return null;
        }
        try {
            return fromPluginList(json.readTree(plugins.body()));
        } catch (IOException e) {
            return null;
        }
    }

    static String fromPluginList(JsonNode list) {
        String free = null;
        String pro = null;
        for (JsonNode plugin : list) {
            String id = plugin.path("plugin").asText();
            boolean active = "active".equals(plugin.path("status").asText());
            if (!active) {
                continue;
            }
            if (id.startsWith("fluent-crm/")) {
                free = plugin.path("version").asText();
            } else if (id.startsWith("fluentcampaign-pro/")) {
                pro = plugin.path("version").asText();
            }
        }
        if (free == null) {
            return null;
        }
        return "FluentCRM " + free + (pro == null ? "" : " + FluentCampaign Pro " + pro);
    }
}
