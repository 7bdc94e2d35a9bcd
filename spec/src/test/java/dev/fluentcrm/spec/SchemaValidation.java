package dev.fluentcrm.spec;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaException;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import com.networknt.schema.oas.OpenApi30;
import java.util.List;
import java.util.Map;

/**
 * Validates JSON values against schemas of the bundle with a real JSON Schema validator
 * speaking the OpenAPI 3.0 dialect ({@code nullable} and friends). Schemas are addressed by
 * their JSON pointer in the bundle, so {@code $ref}s resolve exactly as in the document.
 */
final class SchemaValidation {
    private static final String BASE = "https://spec.fluentcrm.test/fluentcrm-openapi.json";

    private final JsonSchemaFactory factory;
    private final SchemaValidatorsConfig config =
            SchemaValidatorsConfig.builder().build();

    SchemaValidation(JsonNode document) {
        String text = document.toString();
        factory = JsonSchemaFactory.getInstance(
                SpecVersion.VersionFlag.V4,
                builder -> builder.metaSchema(OpenApi30.getInstance())
                        .defaultMetaSchemaIri(OpenApi30.getInstance().getIri())
                        .schemaLoaders(loaders -> loaders.schemas(Map.of(BASE, text))));
    }

    /** Problems of {@code value} against the schema at {@code pointer}; empty when it is valid. */
    List<String> validate(String pointer, JsonNode value) {
        try {
            JsonSchema schema = factory.getSchema(SchemaLocation.of(BASE + "#" + pointer), config);
            return schema.validate(value).stream()
                    .map(ValidationMessage::getMessage)
                    .sorted()
                    .toList();
        } catch (JsonSchemaException e) {
            return List.of("the schema cannot be used: " + e.getMessage());
        }
    }
}
