package dev.fluentcrm.codegen.robustness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.fluentcrm.spec.FluentCrmSpec;
import io.swagger.v3.core.util.Yaml;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;

/**
 * The specs the mutations start from: a few small hand-written ones covering the generator's
 * features (envelopes, pages, enums, allOf/oneOf, every kind of parameter, forms), and fragments
 * of the real FluentCRM spec: a few operations with every component they reach.
 */
final class BaseSpecs {
    static final ObjectMapper JSON = new ObjectMapper();

    private BaseSpecs() {}

    static List<ObjectNode> small() {
        return List.of(parse(CONTACTS), parse(SHAPES), parse(FORMS));
    }

    /** {@code count} fragments of the real spec, each with 1 to 3 operations chosen by {@code random}. */
    static List<ObjectNode> realFragments(Random random, int count) {
        ObjectNode real;
        try (var in = FluentCrmSpec.jsonUrl().openStream()) {
            real = (ObjectNode) JSON.readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<String[]> operations = new ArrayList<>();
        real.path("paths")
                .properties()
                .forEach(path -> path.getValue().properties().forEach(method -> {
                    if (Set.of("get", "post", "put", "patch", "delete").contains(method.getKey())) {
                        operations.add(new String[] {path.getKey(), method.getKey()});
                    }
                }));
        List<ObjectNode> fragments = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ObjectNode fragment = JSON.createObjectNode();
            fragment.set("openapi", real.get("openapi"));
            fragment.set("info", real.get("info"));
            ObjectNode paths = fragment.putObject("paths");
            int size = 1 + random.nextInt(3);
            for (int k = 0; k < size; k++) {
                String[] op = operations.get(random.nextInt(operations.size()));
                JsonNode operation = real.path("paths").path(op[0]).path(op[1]);
                ObjectNode item = paths.has(op[0]) ? (ObjectNode) paths.get(op[0]) : paths.putObject(op[0]);
                item.set(op[1], operation.deepCopy());
                JsonNode shared = real.path("paths").path(op[0]).path("parameters");
                if (!shared.isMissingNode()) {
                    item.set("parameters", shared.deepCopy());
                }
            }
            copyReachable(real, fragment);
            if (real.has("tags")) {
                fragment.set("tags", real.get("tags").deepCopy());
            }
            if (real.has("security")) {
                fragment.set("security", real.get("security").deepCopy());
            }
            fragments.add(fragment);
        }
        return fragments;
    }

    /** Copies into {@code fragment} every component its paths reach, transitively. */
    private static void copyReachable(ObjectNode real, ObjectNode fragment) {
        Set<String> seen = new LinkedHashSet<>();
        List<JsonNode> todo = new ArrayList<>(List.of(fragment.get("paths")));
        while (!todo.isEmpty()) {
            JsonNode node = todo.remove(todo.size() - 1);
            JsonNode ref = node.get("$ref");
            if (ref != null && ref.isTextual() && ref.asText().startsWith("#/components/") && seen.add(ref.asText())) {
                JsonNode target = real.at(ref.asText().substring(1));
                if (!target.isMissingNode()) {
                    String[] parts = ref.asText().substring(2).split("/");
                    ObjectNode components = fragment.has("components")
                            ? (ObjectNode) fragment.get("components")
                            : fragment.putObject("components");
                    ObjectNode section = components.has(parts[1])
                            ? (ObjectNode) components.get(parts[1])
                            : components.putObject(parts[1]);
                    section.set(parts[2].replace("~1", "/").replace("~0", "~"), target.deepCopy());
                    todo.add(target);
                }
            }
            for (Iterator<JsonNode> it = node.elements(); it.hasNext(); ) {
                todo.add(it.next());
            }
        }
        JsonNode schemes = real.path("components").path("securitySchemes");
        if (!schemes.isMissingNode()) {
            ObjectNode components = fragment.has("components")
                    ? (ObjectNode) fragment.get("components")
                    : fragment.putObject("components");
            components.set("securitySchemes", schemes.deepCopy());
        }
    }

    private static ObjectNode parse(String yaml) {
        try {
            return (ObjectNode) Yaml.mapper().readTree(yaml);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static final String CONTACTS = """
            openapi: 3.0.3
            info: {title: Contacts, version: '1'}
            tags:
              - {name: Contacts, description: People.}
              - {name: Tags}
            paths:
              /subscribers:
                get:
                  operationId: listContacts
                  tags: [Contacts]
                  summary: List contacts
                  parameters:
                    - $ref: '#/components/parameters/Page'
                    - {name: search, in: query, schema: {type: string}}
                    - {name: 'tags[]', in: query, style: form, explode: true, schema: {type: array, items: {type: integer}}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              subscribers: {$ref: '#/components/schemas/ContactPage'}
                post:
                  operationId: createContact
                  tags: [Contacts]
                  requestBody:
                    required: true
                    content:
                      application/json:
                        schema: {$ref: '#/components/schemas/ContactInput'}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              message: {type: string}
                              contact: {$ref: '#/components/schemas/Contact'}
                    '422': {$ref: '#/components/responses/Invalid'}
              /subscribers/{id}:
                parameters:
                  - {name: id, in: path, required: true, schema: {type: integer}}
                get:
                  operationId: getContact
                  tags: [Contacts]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Contact'}
                delete:
                  operationId: deleteContact
                  tags: [Contacts]
                  responses:
                    '200': {description: ok}
              /tags:
                get:
                  operationId: listTags
                  tags: [Tags]
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: array
                            items: {$ref: '#/components/schemas/Tag'}
            components:
              parameters:
                Page: {name: page, in: query, schema: {type: integer, minimum: 1, default: 1}}
              responses:
                Invalid:
                  description: invalid
                  content:
                    application/json:
                      schema:
                        type: object
                        additionalProperties:
                          type: object
                          additionalProperties: {type: string}
              schemas:
                Contact:
                  type: object
                  required: [id, email]
                  properties:
                    id: {type: integer, format: int64}
                    email: {type: string, format: email}
                    first_name: {type: string, nullable: true}
                    status: {$ref: '#/components/schemas/Status'}
                    created_at: {type: string, format: date-time}
                    tags:
                      type: array
                      items: {$ref: '#/components/schemas/Tag'}
                    custom_values:
                      type: object
                      additionalProperties: {type: string}
                ContactInput:
                  type: object
                  required: [email]
                  properties:
                    email: {type: string}
                    status: {$ref: '#/components/schemas/Status'}
                    tags: {type: array, items: {type: integer}}
                Status:
                  type: string
                  enum: [subscribed, pending, unsubscribed]
                Tag:
                  type: object
                  properties:
                    id: {type: integer}
                    title: {type: string}
                ContactPage:
                  type: object
                  required: [total, per_page, current_page, data]
                  properties:
                    total: {type: integer}
                    per_page: {type: integer}
                    current_page: {type: integer}
                    last_page: {type: integer}
                    data:
                      type: array
                      items: {$ref: '#/components/schemas/Contact'}
            """;

    private static final String SHAPES = """
            openapi: 3.0.3
            info: {title: Shapes, version: '1'}
            paths:
              /campaigns/{campaign_id}/emails/{email_id}:
                put:
                  operationId: updateCampaignEmail
                  tags: [Campaigns]
                  parameters:
                    - {name: campaign_id, in: path, required: true, schema: {type: integer}}
                    - {name: email_id, in: path, required: true, schema: {type: string}}
                    - {name: X-Trace, in: header, schema: {type: string}}
                  requestBody:
                    content:
                      application/json:
                        schema:
                          type: object
                          properties:
                            settings:
                              type: object
                              properties:
                                mailer: {type: string, enum: [default, smtp, '2fa']}
                                limits:
                                  type: object
                                  properties:
                                    per_hour: {type: integer}
                            recipients:
                              oneOf:
                                - {$ref: '#/components/schemas/Recipient'}
                                - type: array
                                  items: {$ref: '#/components/schemas/Recipient'}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema: {$ref: '#/components/schemas/Campaign'}
              /campaigns:
                get:
                  operationId: listCampaigns
                  tags: [Campaigns]
                  parameters:
                    - {name: 'statuses[]', in: query, schema: {type: array, items: {type: string, enum: [draft, sent]}}}
                    - {name: with_stats, in: query, schema: {type: boolean}}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              campaigns:
                                type: array
                                items: {$ref: '#/components/schemas/Campaign'}
                              total: {type: integer}
            components:
              schemas:
                Base:
                  type: object
                  properties:
                    id: {type: integer}
                    created_at: {type: string, format: date-time}
                Campaign:
                  allOf:
                    - $ref: '#/components/schemas/Base'
                    - type: object
                      properties:
                        title: {type: string}
                        status: {type: string, enum: [draft, scheduled, sent]}
                        settings: {type: object, additionalProperties: true}
                        parent: {$ref: '#/components/schemas/Campaign'}
                Recipient:
                  type: object
                  properties:
                    email: {type: string}
                    score: {type: number}
                    flags: {type: array, items: {type: boolean}}
            """;

    private static final String FORMS = """
            openapi: 3.0.3
            info: {title: Forms, version: '1'}
            tags: [{name: Import}]
            paths:
              /import/csv:
                post:
                  operationId: uploadCsv
                  tags: [Import]
                  requestBody:
                    content:
                      multipart/form-data:
                        schema:
                          type: object
                          properties:
                            file: {type: string, format: binary}
                            delimiter: {type: string, enum: [comma, semicolon]}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              headers: {type: array, items: {type: string}}
              /import/options:
                post:
                  operationId: saveImportOptions
                  tags: [Import]
                  requestBody:
                    content:
                      application/x-www-form-urlencoded:
                        schema:
                          type: object
                          properties:
                            'lists[]': {type: array, items: {type: integer}}
                            double_optin: {type: string, enum: ['yes', 'no']}
                  responses:
                    '200':
                      description: ok
                      content:
                        application/json:
                          schema:
                            type: object
                            properties:
                              message: {type: string}
            """;
}
