package dev.fluentcrm.codegen.robustness;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.swagger.v3.core.util.Yaml;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * Hostile edits of a spec, each deterministic for a given {@link Random}. They aim at what
 * breaks generators: references (dangling, cyclic, into the wrong section), names (keywords,
 * unicode, collisions, empty), shapes (empty, huge, deeply nested, wrong JSON types), Javadoc
 * injection, and overlays that disagree with the base.
 */
final class Mutations {
    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    static final List<String> ODD_NAMES = List.of(
            "class",
            "default",
            "enum",
            "package",
            "import",
            "public",
            "int",
            "void",
            "true",
            "null",
            "var",
            "record",
            "yield",
            "_",
            "__",
            "$",
            "$ref",
            "1st",
            "123",
            "9lives",
            "with space",
            "hyphen-ated",
            "dot.ted",
            "slash/ed",
            "tags[]",
            "a[b][c]",
            "UPPER_CASE",
            "camelCase",
            "PascalCase",
            "snake__double",
            "-leading",
            "trailing-",
            "Object",
            "String",
            "List",
            "Map",
            "Page",
            "ApiResponse",
            "FluentCrmClient",
            "Override",
            "Generated",
            "Builder",
            "builder",
            "toBuilder",
            "hashCode",
            "equals",
            "toString",
            "getClass",
            "wait",
            "notify",
            "body",
            "params",
            "executor",
            "page",
            "number",
            "response",
            "value",
            "values",
            "valueOf",
            "name",
            "ordinal",
            "additionalProperties",
            "java",
            "javax",
            "x",
            "X",
            "a1",
            "A1",
            "é",
            "ñandú",
            "Straße",
            "日本語",
            "имя",
            "emoji😀",
            "zero\u200bwidth",
            "tab\there",
            "quote\"d",
            "back\\slash",
            "percent%s",
            "star*/slash",
            "",
            " ");

    static final List<String> ODD_TEXT = List.of(
            "ends a comment */ here",
            "/* opens one",
            "@param nothing",
            "{@code unclosed",
            "<script>alert(1)</script>",
            "unicode escape \\u000a in text",
            "\\u002a/ escaped close",
            "line\nbreak\r\nand\ttab",
            "dollar $1 and percent %d %s",
            "back\\slash \" quote",
            "&amp; &lt;b&gt;",
            "<p>unclosed <b>html",
            "emoji 😀 and 日本語",
            "",
            "   ",
            "@deprecated",
            "*/ /** @see x */");

    record Mutation(String name, BiConsumer<Random, SpecCase> edit) {}

    static final List<Mutation> ALL = List.of(
            new Mutation("dangling-ref", Mutations::danglingRef),
            new Mutation("ref-into-wrong-section", Mutations::refIntoWrongSection),
            new Mutation("missing-external-file", Mutations::missingExternalFile),
            new Mutation("ref-cycle", Mutations::refCycle),
            new Mutation("duplicate-operation-id", Mutations::duplicateOperationId),
            new Mutation("missing-operation-id-or-tag", Mutations::missingOperationIdOrTag),
            new Mutation("odd-names", (r, c) -> oddNames(r, c, ODD_NAMES)),
            new Mutation(
                    "unicode-names",
                    (r, c) -> oddNames(
                            r, c, List.of("ünïcødé", "名前", "имя_поля", "emoji😀", "Ωmega", "ﬁ", "İstanbul", "ß"))),
            new Mutation("empty-schemas", Mutations::emptySchemas),
            new Mutation("huge-schema", Mutations::hugeSchema),
            new Mutation("deep-nesting", Mutations::deepNesting),
            new Mutation("wrong-json-type", Mutations::wrongJsonType),
            new Mutation("removed-key", Mutations::removedKey),
            new Mutation("conflicting-overlay", Mutations::conflictingOverlay),
            new Mutation("odd-paths", Mutations::oddPaths),
            new Mutation("odd-parameters", Mutations::oddParameters),
            new Mutation("name-collisions", Mutations::nameCollisions),
            new Mutation("odd-enums", Mutations::oddEnums),
            new Mutation("javadoc-injection", Mutations::javadocInjection),
            new Mutation("odd-responses", Mutations::oddResponses),
            new Mutation("odd-compositions", Mutations::oddCompositions),
            new Mutation("odd-types-and-formats", Mutations::oddTypes),
            new Mutation("odd-document", Mutations::oddDocument),
            new Mutation("broken-text", Mutations::brokenText));

    private Mutations() {}

    // ---- navigation -------------------------------------------------------------------------

    /** Every object node of the tree, with the key (or index) it sits under. */
    static List<Map.Entry<String, ObjectNode>> objects(JsonNode root) {
        List<Map.Entry<String, ObjectNode>> out = new ArrayList<>();
        walk(root, "", out);
        return out;
    }

    private static void walk(JsonNode node, String key, List<Map.Entry<String, ObjectNode>> out) {
        if (node instanceof ObjectNode object) {
            out.add(Map.entry(key, object));
            object.properties().forEach(e -> walk(e.getValue(), e.getKey(), out));
        } else if (node instanceof ArrayNode array) {
            for (int i = 0; i < array.size(); i++) {
                walk(array.get(i), key + "[]", out);
            }
        }
    }

    static List<ObjectNode> operations(ObjectNode spec) {
        List<ObjectNode> out = new ArrayList<>();
        spec.path("paths")
                .forEach(item -> item.properties().forEach(e -> {
                    if (List.of("get", "post", "put", "patch", "delete").contains(e.getKey())
                            && e.getValue() instanceof ObjectNode op) {
                        out.add(op);
                    }
                }));
        return out;
    }

    /** The schemas of the spec: components, every {@code schema}, and what they nest (properties, items, allOf...). */
    static List<ObjectNode> schemas(ObjectNode spec) {
        // Each schema once (a node can be reached twice), in document order: an identity set's own
        // order follows identity hash codes, which made the "fixed seed" specs differ between runs.
        Set<ObjectNode> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        List<ObjectNode> out = new ArrayList<>();
        spec.path("components").path("schemas").forEach(schema -> addSchemaTree(schema, seen, out));
        for (Map.Entry<String, ObjectNode> e : objects(spec)) {
            if (e.getKey().equals("schema")) {
                addSchemaTree(e.getValue(), seen, out);
            }
        }
        return out;
    }

    private static void addSchemaTree(JsonNode node, Set<ObjectNode> seen, List<ObjectNode> out) {
        if (!(node instanceof ObjectNode schema) || !seen.add(schema)) {
            return;
        }
        out.add(schema);
        schema.path("properties").forEach(property -> addSchemaTree(property, seen, out));
        addSchemaTree(schema.get("items"), seen, out);
        addSchemaTree(schema.get("additionalProperties"), seen, out);
        addSchemaTree(schema.get("not"), seen, out);
        for (String key : List.of("allOf", "oneOf", "anyOf")) {
            schema.path(key).forEach(part -> addSchemaTree(part, seen, out));
        }
    }

    /** Property maps ({@code properties}) of the spec's schemas. */
    static List<ObjectNode> propertyMaps(ObjectNode spec) {
        List<ObjectNode> out = new ArrayList<>();
        for (Map.Entry<String, ObjectNode> e : objects(spec)) {
            if (e.getKey().equals("properties")) {
                out.add(e.getValue());
            }
        }
        return out;
    }

    static <T> T pick(Random random, List<T> items) {
        return items.get(random.nextInt(items.size()));
    }

    static ObjectNode components(ObjectNode spec, String section) {
        ObjectNode components = spec.has("components") && spec.get("components").isObject()
                ? (ObjectNode) spec.get("components")
                : spec.putObject("components");
        return components.has(section) && components.get(section).isObject()
                ? (ObjectNode) components.get(section)
                : components.putObject(section);
    }

    /** A response schema to hang a new schema on: the 200 of some operation (made if need be). */
    static ObjectNode someResponseProperties(Random random, ObjectNode spec) {
        List<ObjectNode> ops = operations(spec);
        ObjectNode op = ops.isEmpty() ? addOperation(spec, "/robust", "get", "robustGet", "Robust") : pick(random, ops);
        ObjectNode schema = op.withObject("/responses")
                .withObject("/200")
                .put("description", "ok")
                .withObject("/content")
                .withObject("/application~1json")
                .putObject("schema");
        schema.put("type", "object");
        return schema.putObject("properties");
    }

    static ObjectNode addOperation(ObjectNode spec, String path, String method, String operationId, String tag) {
        ObjectNode paths = spec.has("paths") && spec.get("paths").isObject()
                ? (ObjectNode) spec.get("paths")
                : spec.putObject("paths");
        ObjectNode item =
                paths.has(path) && paths.get(path).isObject() ? (ObjectNode) paths.get(path) : paths.putObject(path);
        ObjectNode op = item.putObject(method);
        op.put("operationId", operationId);
        op.putArray("tags").add(tag);
        op.putObject("responses").putObject("200").put("description", "ok");
        return op;
    }

    // ---- the mutations ----------------------------------------------------------------------

    private static void danglingRef(Random random, SpecCase c) {
        List<ObjectNode> refs = objects(c.spec).stream()
                .map(Map.Entry::getValue)
                .filter(o -> o.has("$ref"))
                .toList();
        if (refs.isEmpty() || random.nextBoolean()) {
            someResponseProperties(random, c.spec)
                    .putObject("ghost")
                    .put("$ref", "#/components/schemas/Ghost" + random.nextInt(100));
        } else {
            ObjectNode ref = pick(random, refs);
            String old = ref.get("$ref").asText();
            ref.put(
                    "$ref",
                    pick(
                            random,
                            List.of(
                                    old + "Missing",
                                    old.substring(0, old.lastIndexOf('/') + 1) + "nope",
                                    "#/components/schemas/",
                                    "#/nowhere",
                                    "#",
                                    "#/components/schemas/a~1b",
                                    "#/components/schemas/%20x")));
        }
    }

    private static void refIntoWrongSection(Random random, SpecCase c) {
        components(c.spec, "parameters")
                .putObject("P")
                .put("name", "p")
                .put("in", "query")
                .putObject("schema")
                .put("type", "string");
        List<ObjectNode> schemas = schemas(c.spec);
        ObjectNode target =
                schemas.isEmpty() ? someResponseProperties(random, c.spec).putObject("x") : pick(random, schemas);
        target.removeAll();
        target.put(
                "$ref",
                pick(
                        random,
                        List.of(
                                "#/components/parameters/P",
                                "#/info",
                                "#/paths",
                                "#/openapi",
                                "#/components",
                                "#/components/schemas",
                                "#/paths/~1robust")));
        if (random.nextBoolean()) {
            List<ObjectNode> ops = operations(c.spec);
            if (!ops.isEmpty()) {
                pick(random, ops)
                        .withArray("/parameters")
                        .addObject()
                        .put("$ref", "#/components/schemas/" + pick(random, List.of("Contact", "Tag", "Nope")));
            }
        }
    }

    private static void missingExternalFile(Random random, SpecCase c) {
        someResponseProperties(random, c.spec)
                .putObject("external")
                .put(
                        "$ref",
                        pick(
                                random,
                                List.of(
                                        "missing.yaml#/components/schemas/X",
                                        "./nested/none.json",
                                        "http://127.0.0.1:9/none.yaml#/X")));
    }

    private static void refCycle(Random random, SpecCase c) {
        ObjectNode schemas = components(c.spec, "schemas");
        switch (random.nextInt(5)) {
            case 0 -> {
                schemas.putObject("CycleA")
                        .put("type", "object")
                        .putObject("properties")
                        .putObject("b")
                        .put("$ref", "#/components/schemas/CycleB");
                schemas.putObject("CycleB")
                        .put("type", "object")
                        .putObject("properties")
                        .putObject("a")
                        .put("$ref", "#/components/schemas/CycleA");
            }
            case 1 -> schemas.putObject("CycleA").put("$ref", "#/components/schemas/CycleA");
            case 2 -> {
                schemas.putObject("CycleA").put("$ref", "#/components/schemas/CycleB");
                schemas.putObject("CycleB").put("$ref", "#/components/schemas/CycleA");
            }
            case 3 ->
                schemas.putObject("CycleA").putArray("allOf").addObject().put("$ref", "#/components/schemas/CycleA");
            default -> {
                ObjectNode a = schemas.putObject("CycleA").put("type", "array");
                a.putObject("items").put("$ref", "#/components/schemas/CycleA");
            }
        }
        someResponseProperties(random, c.spec).putObject("cycle").put("$ref", "#/components/schemas/CycleA");
    }

    private static void duplicateOperationId(Random random, SpecCase c) {
        List<ObjectNode> ops = operations(c.spec);
        if (ops.size() < 2) {
            addOperation(
                    c.spec,
                    "/dup",
                    "get",
                    ops.isEmpty() ? "dup" : ops.get(0).path("operationId").asText("dup"),
                    "Dup");
            return;
        }
        ObjectNode a = pick(random, ops);
        ObjectNode b = pick(random, ops);
        b.set("operationId", a.get("operationId"));
    }

    private static void missingOperationIdOrTag(Random random, SpecCase c) {
        List<ObjectNode> ops = operations(c.spec);
        if (ops.isEmpty()) {
            return;
        }
        ObjectNode op = pick(random, ops);
        switch (random.nextInt(5)) {
            case 0 -> op.remove("operationId");
            case 1 -> op.remove("tags");
            case 2 -> op.putArray("tags");
            case 3 -> op.put("operationId", "");
            default -> op.putArray("tags").add("");
        }
    }

    private static void oddNames(Random random, SpecCase c, List<String> names) {
        String name = pick(random, names);
        switch (random.nextInt(6)) {
            case 0 -> {
                List<ObjectNode> maps = propertyMaps(c.spec);
                ObjectNode props = maps.isEmpty() ? someResponseProperties(random, c.spec) : pick(random, maps);
                props.putObject(name).put("type", pick(random, List.of("string", "integer", "boolean")));
            }
            case 1 -> {
                ObjectNode schemas = components(c.spec, "schemas");
                schemas.putObject(name)
                        .put("type", "object")
                        .putObject("properties")
                        .putObject(name)
                        .put("type", "string");
                someResponseProperties(random, c.spec)
                        .putObject("odd")
                        .put(
                                "$ref",
                                "#/components/schemas/"
                                        + name.replace("~", "~0").replace("/", "~1"));
            }
            case 2 -> {
                List<ObjectNode> ops = operations(c.spec);
                if (!ops.isEmpty()) {
                    pick(random, ops).put("operationId", name);
                }
            }
            case 3 -> {
                List<ObjectNode> ops = operations(c.spec);
                if (!ops.isEmpty()) {
                    pick(random, ops).putArray("tags").add(name);
                }
            }
            case 4 -> {
                List<ObjectNode> ops = operations(c.spec);
                if (!ops.isEmpty()) {
                    pick(random, ops)
                            .withArray("/parameters")
                            .addObject()
                            .put("name", name)
                            .put("in", pick(random, List.of("query", "header")))
                            .putObject("schema")
                            .put("type", "string");
                }
            }
            default -> {
                List<ObjectNode> schemas =
                        schemas(c.spec).stream().filter(s -> s.has("enum")).toList();
                ObjectNode target = schemas.isEmpty()
                        ? someResponseProperties(random, c.spec)
                                .putObject("kind")
                                .put("type", "string")
                        : pick(random, schemas);
                target.putArray("enum").add(name).add("other");
            }
        }
    }

    private static void emptySchemas(Random random, SpecCase c) {
        List<ObjectNode> schemas = schemas(c.spec);
        ObjectNode target =
                schemas.isEmpty() ? someResponseProperties(random, c.spec).putObject("empty") : pick(random, schemas);
        target.removeAll();
        switch (random.nextInt(6)) {
            case 0 -> {}
            case 1 -> target.put("type", "object");
            case 2 -> target.put("type", "array");
            case 3 -> target.putObject("properties");
            case 4 -> target.put("type", "object").putObject("properties").putObject("inner");
            default -> target.put("type", "string").putArray("enum");
        }
    }

    private static void hugeSchema(Random random, SpecCase c) {
        ObjectNode huge = components(c.spec, "schemas").putObject("Huge").put("type", "object");
        ObjectNode props = huge.putObject("properties");
        int count = 150 + random.nextInt(150);
        for (int i = 0; i < count; i++) {
            String name = random.nextInt(5) == 0 ? pick(random, ODD_NAMES) + i : "field_" + i;
            props.putObject(name).put("type", pick(random, List.of("string", "integer", "number", "boolean")));
        }
        ObjectNode kind = props.putObject("kind").put("type", "string");
        ArrayNode values = kind.putArray("enum");
        for (int i = 0; i < 300; i++) {
            values.add("value " + i);
        }
        someResponseProperties(random, c.spec).putObject("huge").put("$ref", "#/components/schemas/Huge");
    }

    private static void deepNesting(Random random, SpecCase c) {
        ObjectNode at = someResponseProperties(random, c.spec);
        int depth = 20 + random.nextInt(60);
        boolean arrays = random.nextBoolean();
        for (int i = 0; i < depth; i++) {
            ObjectNode next = at.putObject(arrays && i % 2 == 1 ? "list" + i : "level" + i);
            if (arrays && i % 2 == 1) {
                next.put("type", "array");
                at = next.putObject("items").put("type", "object").putObject("properties");
            } else {
                at = next.put("type", "object").putObject("properties");
            }
        }
        at.putObject("leaf").put("type", "string");
    }

    private static void wrongJsonType(Random random, SpecCase c) {
        List<Map.Entry<String, ObjectNode>> all = objects(c.spec);
        ObjectNode parent = pick(random, all).getValue();
        if (parent.isEmpty()) {
            parent.put("type", 42);
            return;
        }
        List<String> keys = new ArrayList<>();
        parent.fieldNames().forEachRemaining(keys::add);
        String key = pick(random, keys);
        parent.set(
                key,
                pick(
                        random,
                        List.of(
                                NODES.numberNode(42),
                                NODES.textNode("text"),
                                NODES.booleanNode(true),
                                NODES.nullNode(),
                                NODES.arrayNode().add("x"),
                                NODES.objectNode().put("unexpected", 1),
                                NODES.arrayNode())));
    }

    private static void removedKey(Random random, SpecCase c) {
        for (int n = 1 + random.nextInt(3); n > 0; n--) {
            ObjectNode parent = pick(random, objects(c.spec)).getValue();
            List<String> keys = new ArrayList<>();
            parent.fieldNames().forEachRemaining(keys::add);
            if (!keys.isEmpty()) {
                parent.remove(pick(random, keys));
            }
        }
    }

    private static void conflictingOverlay(Random random, SpecCase c) {
        ObjectNode overlay = NODES.objectNode();
        overlay.put("openapi", "3.0.3");
        overlay.putObject("info").put("title", "Overlay").put("version", "1");
        List<ObjectNode> ops = operations(c.spec);
        switch (random.nextInt(6)) {
            case 0 -> {
                // The same component, defined differently.
                ObjectNode schemas = components(c.spec, "schemas");
                String name = schemas.isEmpty() ? "Thing" : schemas.fieldNames().next();
                schemas.putIfAbsent(name, NODES.objectNode().put("type", "string"));
                components(overlay, "schemas").putObject(name).put("type", "integer");
            }
            case 1 -> {
                // The same path and method, defined differently.
                Iterator<Map.Entry<String, JsonNode>> paths =
                        c.spec.path("paths").properties().iterator();
                if (paths.hasNext()) {
                    Map.Entry<String, JsonNode> path = paths.next();
                    String method = path.getValue().fieldNames().hasNext()
                            ? path.getValue().fieldNames().next()
                            : "get";
                    addOperation(overlay, path.getKey(), method, "overlayOwn", "Overlay");
                } else {
                    addOperation(overlay, "/x", "get", "overlayOwn", "Overlay");
                }
            }
            case 2 ->
                addOperation(
                        overlay,
                        "/overlay/only",
                        "get",
                        ops.isEmpty() ? "x" : ops.get(0).path("operationId").asText("x"),
                        "Overlay");
            case 3 ->
                addOperation(overlay, "/overlay/dangling", "get", "overlayDangling", "Overlay")
                        .withObject("/responses")
                        .withObject("/200")
                        .withObject("/content")
                        .withObject("/application~1json")
                        .putObject("schema")
                        .put("$ref", "#/components/schemas/OnlyInTheOverlaysDreams");
            case 4 -> {
                // A valid addition that refers to the base's components.
                ObjectNode op = addOperation(
                        overlay,
                        "/overlay/extra",
                        "post",
                        "overlayExtra",
                        random.nextBoolean() ? "Overlay" : "Contacts");
                JsonNode schemas = c.spec.path("components").path("schemas");
                if (schemas.isObject() && !schemas.isEmpty()) {
                    op.withObject("/responses")
                            .withObject("/200")
                            .withObject("/content")
                            .withObject("/application~1json")
                            .putObject("schema")
                            .put(
                                    "$ref",
                                    "#/components/schemas/"
                                            + schemas.fieldNames().next());
                }
            }
            default -> {
                // Two overlays that disagree with each other.
                ObjectNode second = overlay.deepCopy();
                components(overlay, "schemas").putObject("Shared").put("type", "string");
                components(second, "schemas").putObject("Shared").put("type", "boolean");
                c.overlays.add(second);
            }
        }
        c.overlays.add(0, overlay);
    }

    private static void oddPaths(Random random, SpecCase c) {
        String path = pick(
                random,
                List.of(
                        "/",
                        "//double",
                        "/trailing/",
                        "/a/{}",
                        "/a/{id}/{id}",
                        "/a/{undeclared}",
                        "/ü/{x}",
                        "/with space/{id}",
                        "/{id}",
                        "/a/{id}.json",
                        "/a/{id}{key}",
                        "no-leading-slash",
                        "/a?query=1",
                        "/a#frag",
                        "/%7Bx%7D"));
        ObjectNode op = addOperation(
                c.spec,
                path,
                pick(random, List.of("get", "post", "delete", "put", "patch")),
                "odd" + random.nextInt(1000),
                "Odd");
        if (path.contains("{id}") && random.nextBoolean()) {
            op.withArray("/parameters")
                    .addObject()
                    .put("name", "id")
                    .put("in", "path")
                    .put("required", true)
                    .putObject("schema")
                    .put("type", "integer");
        }
        if (random.nextBoolean()) {
            op.withArray("/parameters")
                    .addObject()
                    .put("name", "declared_but_not_in_path")
                    .put("in", "path")
                    .put("required", true)
                    .putObject("schema")
                    .put("type", "string");
        }
    }

    private static void oddParameters(Random random, SpecCase c) {
        List<ObjectNode> ops = operations(c.spec);
        ObjectNode op = ops.isEmpty() ? addOperation(c.spec, "/p", "get", "p", "P") : pick(random, ops);
        ArrayNode params = op.withArray("/parameters");
        switch (random.nextInt(8)) {
            case 0 -> {
                params.addObject()
                        .put("name", "dup")
                        .put("in", "query")
                        .putObject("schema")
                        .put("type", "string");
                params.addObject()
                        .put("name", "dup")
                        .put("in", "query")
                        .putObject("schema")
                        .put("type", "integer");
            }
            case 1 ->
                params.addObject()
                        .put("name", "Authorization")
                        .put("in", "header")
                        .putObject("schema")
                        .put("type", "string");
            case 2 -> params.addObject().put("name", "noschema").put("in", "query");
            case 3 ->
                params.addObject()
                        .put("name", "bodyish")
                        .put("in", "body")
                        .putObject("schema")
                        .put("type", "string");
            case 4 ->
                params.addObject()
                        .put("name", "filter")
                        .put("in", "query")
                        .putObject("content")
                        .putObject("application/json")
                        .putObject("schema")
                        .put("type", "object")
                        .putObject("properties")
                        .putObject("a")
                        .put("type", "string");
            case 5 ->
                params.addObject()
                        .put("name", "objects")
                        .put("in", "query")
                        .putObject("schema")
                        .put("type", "array")
                        .putObject("items")
                        .put("type", "object")
                        .putObject("properties")
                        .putObject("a")
                        .put("type", "integer");
            case 6 ->
                params.addObject()
                        .put("name", pick(random, List.of("body", "params", "executor", "page", "number", "response")))
                        .put("in", pick(random, List.of("query", "path")))
                        .put("required", true)
                        .putObject("schema")
                        .put("type", "integer");
            default ->
                params.addObject()
                        .put("name", "")
                        .put("in", "query")
                        .putObject("schema")
                        .put("type", "string");
        }
    }

    private static void nameCollisions(Random random, SpecCase c) {
        switch (random.nextInt(4)) {
            case 0 -> {
                ObjectNode schemas = components(c.spec, "schemas");
                ObjectNode props = someResponseProperties(random, c.spec);
                for (String name : List.of("my_type", "MyType", "my-type", "MYTYPE")) {
                    schemas.putObject(name)
                            .put("type", "object")
                            .putObject("properties")
                            .putObject("v")
                            .put("type", "string");
                    props.putObject("p" + name.hashCode()).put("$ref", "#/components/schemas/" + name);
                }
            }
            case 1 -> {
                ObjectNode props = someResponseProperties(random, c.spec);
                for (String name :
                        List.of("first_name", "firstName", "FirstName", "first-name", "first name", "_first_name")) {
                    props.putObject(name).put("type", "string");
                }
            }
            case 2 -> {
                for (String tag : List.of("Contacts", "contacts", "CONTACTS", "con tacts")) {
                    addOperation(
                            c.spec,
                            "/collide/" + tag.replace(' ', '_'),
                            "get",
                            "collide" + Math.abs(tag.hashCode()),
                            tag);
                }
            }
            default -> {
                for (String id : List.of("getThing", "get_thing", "GetThing", "get-thing")) {
                    addOperation(c.spec, "/ids/" + Math.abs(id.hashCode()), "get", id, "Things");
                }
            }
        }
    }

    private static void oddEnums(Random random, SpecCase c) {
        ObjectNode prop = someResponseProperties(random, c.spec).putObject("oddEnum");
        prop.put("type", pick(random, List.of("string", "integer", "number", "boolean")));
        ArrayNode values = prop.putArray("enum");
        switch (random.nextInt(6)) {
            case 0 -> values.add("a").add("a").add("A");
            case 1 -> values.add("x").addNull();
            case 2 -> values.add(1).add("one").add(true);
            case 3 -> {}
            case 4 ->
                values.add("")
                        .add(" ")
                        .add("1")
                        .add("class")
                        .add("A B")
                        .add("ü")
                        .add("UNKNOWN")
                        .add("unknown")
                        .add("a".repeat(300));
            default -> values.add(1.5).add(-2).add(0);
        }
    }

    private static void javadocInjection(Random random, SpecCase c) {
        // Prose goes where specs have prose: operations, schemas, parameters, tags, info.
        List<ObjectNode> targets = new ArrayList<>(operations(c.spec));
        targets.addAll(schemas(c.spec));
        c.spec.path("tags").forEach(t -> {
            if (t instanceof ObjectNode o) {
                targets.add(o);
            }
        });
        for (ObjectNode op : operations(c.spec)) {
            op.path("parameters").forEach(p -> {
                if (p instanceof ObjectNode o && !o.has("$ref")) {
                    targets.add(o);
                }
            });
        }
        for (int n = 0; n < 6 && !targets.isEmpty(); n++) {
            ObjectNode target = pick(random, targets);
            target.put(
                    target.has("operationId") && random.nextBoolean() ? "summary" : "description",
                    pick(random, ODD_TEXT));
        }
        if (random.nextBoolean()) {
            c.spec.withObject("/info").put("title", pick(random, ODD_TEXT)).put("version", pick(random, ODD_TEXT));
        }
    }

    private static void oddResponses(Random random, SpecCase c) {
        List<ObjectNode> ops = operations(c.spec);
        ObjectNode op = ops.isEmpty() ? addOperation(c.spec, "/r", "get", "r", "R") : pick(random, ops);
        ObjectNode responses = op.putObject("responses");
        switch (random.nextInt(7)) {
            case 0 -> {}
            case 1 -> responses.putObject("default").put("description", "anything");
            case 2 -> responses.putObject("204").put("description", "nothing");
            case 3 ->
                responses
                        .putObject("200")
                        .put("description", "html")
                        .putObject("content")
                        .putObject("text/html")
                        .putObject("schema")
                        .put("type", "string");
            case 4 ->
                responses
                        .putObject("200")
                        .put("description", "xml")
                        .putObject("content")
                        .putObject("application/xml")
                        .putObject("schema")
                        .put("type", "object");
            case 5 ->
                responses
                        .putObject("2XX")
                        .put("description", "range")
                        .putObject("content")
                        .putObject("*/*")
                        .putObject("schema")
                        .put("type", "string");
            default -> {
                ObjectNode content =
                        responses.putObject("201").put("description", "two").putObject("content");
                content.putObject("application/json").putObject("schema").put("type", "integer");
                content.putObject("application/json; charset=utf-8")
                        .putObject("schema")
                        .put("type", "string");
            }
        }
    }

    private static void oddCompositions(Random random, SpecCase c) {
        ObjectNode prop = someResponseProperties(random, c.spec).putObject("composed");
        switch (random.nextInt(6)) {
            case 0 -> prop.putArray("allOf");
            case 1 -> prop.putArray("oneOf").addObject().put("type", "string");
            case 2 -> {
                ArrayNode any = prop.putArray("anyOf");
                any.addObject().put("type", "integer");
                any.addObject()
                        .put("type", "object")
                        .putObject("properties")
                        .putObject("a")
                        .put("type", "string");
            }
            case 3 -> {
                ArrayNode all = prop.putArray("allOf");
                all.addObject().put("type", "string");
                all.addObject()
                        .put("type", "object")
                        .putObject("properties")
                        .putObject("b")
                        .put("type", "integer");
            }
            case 4 -> prop.putObject("not").put("type", "string");
            default -> {
                prop.putObject("discriminator")
                        .put("propertyName", "kind")
                        .putObject("mapping")
                        .put("a", "#/components/schemas/NoSuchSchema");
                prop.putArray("oneOf")
                        .addObject()
                        .put("type", "object")
                        .putObject("properties")
                        .putObject("kind")
                        .put("type", "string");
            }
        }
    }

    private static void oddTypes(Random random, SpecCase c) {
        ObjectNode props = someResponseProperties(random, c.spec);
        switch (random.nextInt(8)) {
            case 0 -> props.putObject("big").put("type", "integer").put("format", "int128");
            case 1 -> props.putObject("when").put("type", "integer").put("format", "date-time");
            case 2 -> props.putObject("blob").put("type", "string").put("format", "binary");
            case 3 -> props.putObject("nothing").put("type", "null");
            case 4 -> props.putObject("union").putArray("type").add("string").add("null");
            case 5 -> props.putObject("justNullable").put("nullable", true);
            case 6 ->
                props.putObject("badDefault")
                        .put("type", "integer")
                        .put("default", "not a number")
                        .put("example", "nope");
            default -> {
                ObjectNode arrayOfObjects = NODES.objectNode().put("type", "array");
                arrayOfObjects.putObject("items").put("type", "object");
                List<JsonNode> choices = List.of(
                        NODES.booleanNode(false),
                        NODES.booleanNode(true),
                        NODES.objectNode(),
                        NODES.objectNode().put("$ref", "#/components/schemas/Nope"),
                        arrayOfObjects);
                props.putObject("map").put("type", "object").set("additionalProperties", pick(random, choices));
            }
        }
    }

    private static void oddDocument(Random random, SpecCase c) {
        switch (random.nextInt(7)) {
            case 0 -> c.spec.put("openapi", "3.1.0");
            case 1 -> c.spec.put("openapi", "2.0");
            case 2 -> c.spec.remove("info");
            case 3 -> c.spec.remove("paths");
            case 4 -> c.spec.putNull("paths");
            case 5 -> c.spec.putArray("paths");
            default -> c.spec.putObject("paths");
        }
    }

    private static void brokenText(Random random, SpecCase c) {
        String text;
        try {
            text = Yaml.mapper().writeValueAsString(c.spec);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
        c.yaml = true;
        c.rawText = switch (random.nextInt(5)) {
            case 0 -> text.substring(0, random.nextInt(text.length()));
            case 1 -> text.replaceFirst(":", "");
            case 2 -> text + "\n  : : ]\n";
            case 3 -> "\t" + text;
            default -> text.replace("  ", " ");
        };
    }
}
