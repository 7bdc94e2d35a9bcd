package dev.fluentcrm.spec;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;

/** Where the bundled FluentCRM OpenAPI document lives inside this artifact. */
public final class FluentCrmSpec {
    /** Class-path resource of the YAML bundle. */
    public static final String YAML_RESOURCE = "dev/fluentcrm/spec/fluentcrm-openapi.yaml";
    /** Class-path resource of the JSON bundle. */
    public static final String JSON_RESOURCE = "dev/fluentcrm/spec/fluentcrm-openapi.json";

    private FluentCrmSpec() {}

    /** The URL of the YAML bundle on the class path of this artifact. */
    public static URL yamlUrl() {
        return resource(YAML_RESOURCE);
    }

    /** The URL of the JSON bundle on the class path of this artifact. */
    public static URL jsonUrl() {
        return resource(JSON_RESOURCE);
    }

    /** Opens the YAML bundle; the caller closes the stream. */
    public static InputStream openYaml() {
        try {
            return yamlUrl().openStream();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static URL resource(String name) {
        URL url = FluentCrmSpec.class.getClassLoader().getResource(name);
        if (url == null) {
            throw new IllegalStateException(
                    name + " is missing from the class path: is the fluentcrm-openapi jar complete?");
        }
        return url;
    }
}
