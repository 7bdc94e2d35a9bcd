package dev.fluentcrm.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.server.auth.ApplicationPasswords;
import dev.fluentcrm.server.http.ServerRequest;
import dev.fluentcrm.server.http.ServerResponse;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.route.Router;
import dev.fluentcrm.server.validate.Schema;
import dev.fluentcrm.server.validate.SchemaRegistry;
import java.math.BigDecimal;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Random and hostile requests, from a fixed seed so a failure reproduces: whatever arrives, the
 * answer is a JSON error of the 4xx family (or a success), never a 500 from the runtime itself.
 */
class GarbageInputTest {
    private static final long SEED = 20261126L;
    private static final Set<Integer> EXPECTED = Set.of(200, 201, 400, 401, 404, 413, 422);
    private static final String AUTH =
            "Basic " + Base64.getEncoder().encodeToString("admin:secret".getBytes(StandardCharsets.UTF_8));

    /** A body as a generated record would hold it, with every kind of scalar. */
    record Contact(
            @JsonProperty("email") String email,
            @JsonProperty("age") Long age,
            @JsonProperty("score") BigDecimal score,
            @JsonProperty("is_vip") Boolean isVip,
            @JsonProperty("born") LocalDate born,
            @JsonProperty("seen") LocalDateTime seen,
            @JsonProperty("status") String status,
            @JsonProperty("tags") List<Long> tags,
            @JsonProperty("meta") Map<String, String> meta,
            @JsonProperty("parent") Contact parent) {}

    /** Query parameters as a generated record would hold them. */
    record Params(
            @JsonProperty("tags[]") List<Long> tags,
            @JsonProperty("page") Long page,
            @JsonProperty("since") LocalDateTime since,
            @JsonProperty("flag") Boolean flag) {}

    private static Router router() {
        SchemaRegistry schemas = new SchemaRegistry()
                .define("Status", Schema.oneOf("subscribed", "pending"))
                .define(
                        "Contact",
                        Schema.object()
                                .required(
                                        "email", Schema.string().format("email").maxLength(190))
                                .optional("age", Schema.integer().minimum("0").maximum("150"))
                                .optional("score", Schema.number().minimum("-1.5"))
                                .optional("is_vip", Schema.bool())
                                .optional("born", Schema.date())
                                .optional("seen", Schema.dateTime())
                                .optional("status", Schema.ref("Status"))
                                .optional(
                                        "tags", Schema.arrayOf(Schema.integer()).maxItems(5))
                                .optional("meta", Schema.mapOf(Schema.string()))
                                .optional("parent", Schema.ref("Contact")));
        Route.Handler bind = call -> {
            Contact contact = call.body(Contact.class);
            return Map.of(
                    "id",
                    call.path("id", Long.class),
                    "email",
                    String.valueOf(contact == null ? null : contact.email()));
        };
        return Router.builder()
                .authenticator(ApplicationPasswords.of("admin", "secret"))
                .schemas(schemas)
                .maxBodyBytes(64 * 1024)
                .route(Route.builder("PUT", "/subscribers/{id}", "updateContact")
                        .pathParam("id", Schema.integer())
                        .body(Schema.ref("Contact"), true)
                        .handle(bind))
                .route(Route.builder("POST", "/subscribers/{id}/form", "updateContactForm")
                        .pathParam("id", Schema.integer())
                        .body(Schema.ref("Contact"), true, Route.BodyEncoding.FORM)
                        .handle(bind))
                .route(Route.builder("POST", "/subscribers/{id}/upload", "uploadContact")
                        .pathParam("id", Schema.integer())
                        .body(Schema.ref("Contact"), false, Route.BodyEncoding.MULTIPART)
                        .handle(bind))
                .route(Route.builder("GET", "/subscribers", "listContacts")
                        .query("tags[]", Schema.arrayOf(Schema.integer()), false)
                        .query("page", Schema.integer().minimum("1"), false)
                        .query("since", Schema.dateTime(), false)
                        .query("flag", Schema.bool(), false)
                        .handle(call -> call.params(Params.class).toString()))
                .route(Route.builder("POST", "/forms/{id}", "submitForm")
                        .publicAccess()
                        .pathParam("id", Schema.integer())
                        .body(Schema.arrayOf(Schema.ref("Contact")).minItems(1), true)
                        .status(201)
                        .handle(call ->
                                call.body(new TypeReference<List<Contact>>() {}).size()))
                .build();
    }

    private static final String[] PATHS = {
        "/subscribers/1",
        "/subscribers/{x}",
        "/subscribers/1/form",
        "/subscribers/1/upload",
        "/subscribers",
        "/forms/2",
        "/forms/%",
        "/subscribers/%zz",
        "/subscribers/%C0%AF",
        "/subscribers/1/../2",
        "//subscribers",
        "/subscribers/99999999999999999999",
        "/subscribers/-0",
        "/subscribers/%00",
        "/subscribers/%E2%82%AC%F0%9F%98%80"
    };
    private static final String[] METHODS = {"GET", "PUT", "POST", "DELETE", "PATCH", "OPTIONS"};
    private static final String[] TYPES = {
        "application/json",
        "application/json; charset=utf-8",
        "application/x-www-form-urlencoded",
        "multipart/form-data; boundary=b",
        "multipart/form-data",
        "multipart/mixed; boundary=\"\"",
        "text/plain",
        null
    };
    private static final String[] TOKENS = {
        "{",
        "}",
        "[",
        "]",
        ",",
        ":",
        "\"email\"",
        "\"a@b.co\"",
        "\"age\"",
        "\"score\"",
        "\"is_vip\"",
        "\"born\"",
        "\"seen\"",
        "\"tags\"",
        "\"meta\"",
        "\"parent\"",
        "\"status\"",
        "1e999999999",
        "1E-999999999",
        "-0",
        "1.5",
        "99999999999999999999",
        "true",
        "false",
        "null",
        "\"\"",
        "\"yes\"",
        "\"2026-02-30\"",
        "\"2026-11-26 10:00:00\"",
        "[]",
        "{}",
        "\"\\u0000\"",
        "\"\\ud800\"",
        "\"pending\"",
        "\"x\"",
        " ",
        "\n"
    };

    private static String path(Random random) {
        String base = PATHS[random.nextInt(PATHS.length)];
        return switch (random.nextInt(4)) {
            case 0 ->
                base + "/"
                        + HexFormat.ofDelimiter("%")
                                .withUpperCase()
                                .formatHex(bytes(random, 1 + random.nextInt(6)))
                                .transform(hex -> "%" + hex);
            case 1 -> base.replace("1", Integer.toString(random.nextInt()));
            default -> base;
        };
    }

    private static String query(Random random) {
        String[] pairs = {
            "tags%5B%5D=1",
            "tags[]=x",
            "tags%5B0%5D=2",
            "tags=3",
            "page=0",
            "page=1",
            "page=9e9",
            "since=yesterday",
            "since=2026-11-26+10:00:00",
            "flag=maybe",
            "flag=yes",
            "%zz=1",
            "a=%",
            "=",
            "&&",
            "tags%5B%5D%5B%5D=1",
            "page[]=1"
        };
        List<String> chosen = new ArrayList<>();
        for (int i = random.nextInt(5); i > 0; i--) {
            chosen.add(pairs[random.nextInt(pairs.length)]);
        }
        return String.join("&", chosen);
    }

    private static byte[] body(Random random) {
        return switch (random.nextInt(4)) {
            case 0 -> bytes(random, random.nextInt(200));
            case 1 -> {
                StringBuilder json = new StringBuilder();
                for (int i = random.nextInt(40); i > 0; i--) {
                    json.append(TOKENS[random.nextInt(TOKENS.length)]);
                }
                yield json.toString().getBytes(StandardCharsets.UTF_8);
            }
            case 2 ->
                ("--b\r\nContent-Disposition: form-data; name=\""
                                + TOKENS[random.nextInt(TOKENS.length)].replace("\"", "")
                                + "\"" + (random.nextBoolean() ? "; filename=\"f\"" : "") + "\r\n\r\n"
                                + new String(bytes(random, random.nextInt(30)), StandardCharsets.ISO_8859_1)
                                + "\r\n--b--")
                        .getBytes(StandardCharsets.ISO_8859_1);
            default ->
                mutate(
                        random,
                        "{\"email\":\"ada@example.com\",\"age\":\"42\",\"score\":1.5,\"is_vip\":\"yes\",\"born\":\"1990-01-31\","
                                + "\"seen\":\"2026-11-26 10:00:00\",\"status\":\"pending\",\"tags\":[1,\"2\"],\"meta\":{\"k\":\"v\"},"
                                + "\"parent\":{\"email\":\"p@example.com\",\"parent\":{\"email\":\"q@example.com\"}}}");
        };
    }

    private static byte[] mutate(Random random, String valid) {
        byte[] bytes = valid.getBytes(StandardCharsets.UTF_8);
        for (int i = 1 + random.nextInt(4); i > 0; i--) {
            bytes[random.nextInt(bytes.length)] = (byte) random.nextInt(256);
        }
        return bytes;
    }

    private static byte[] bytes(Random random, int length) {
        byte[] bytes = new byte[length];
        random.nextBytes(bytes);
        return bytes;
    }

    /** What a client can put in a URI: stray {@code %} and brackets escaped, the rest as generated. */
    private static String uriSafe(String pathAndQuery) {
        return pathAndQuery
                .replaceAll("%(?![0-9A-Fa-f]{2})", "%25")
                .replace("{", "%7B")
                .replace("}", "%7D")
                .replace("[", "%5B")
                .replace("]", "%5D");
    }

    private static void assertSane(ServerResponse response, String what) {
        assertThat(response.status()).as(what + " -> " + response.bodyText()).isIn(EXPECTED);
        assertThat(TestHttp.json(response.bodyText()).isContainerNode() || response.status() < 300)
                .as(what)
                .isTrue();
    }

    @Test
    void randomRequestsToTheRouterNeverFailTheServer() {
        Random random = new Random(SEED);
        Router router = router();
        for (int i = 0; i < 400; i++) {
            String method = METHODS[random.nextInt(METHODS.length)];
            String path = Router.API_PREFIX + path(random);
            String query = query(random);
            String type = TYPES[random.nextInt(TYPES.length)];
            byte[] body = body(random);
            Map<String, List<String>> headers = new LinkedHashMap<>();
            if (type != null) {
                headers.put("Content-Type", List.of(type));
            }
            if (random.nextInt(4) > 0) {
                headers.put(
                        "Authorization",
                        List.of(
                                random.nextInt(5) == 0
                                        ? "Basic " + new String(bytes(random, 8), StandardCharsets.ISO_8859_1)
                                        : AUTH));
            }
            String what = "#" + i + " " + method + " " + path + "?" + query + " " + type + " "
                    + HexFormat.of().formatHex(body);
            assertSane(router.handle(new ServerRequest(method, path, query, headers, body)), what);
        }
    }

    @Test
    void randomRequestsOverHttpNeverFailTheServer() {
        Random random = new Random(SEED + 1);
        try (TestHttp http = new TestHttp(router())) {
            for (int i = 0; i < 150; i++) {
                String method = METHODS[random.nextInt(3) + 1];
                String pathAndQuery = uriSafe(path(random) + "?" + query(random));
                String type = TYPES[random.nextInt(TYPES.length - 1)];
                byte[] body = body(random);
                TestHttp.Answer answer = http.send(
                        method,
                        pathAndQuery,
                        HttpRequest.BodyPublishers.ofByteArray(body),
                        "Content-Type",
                        type,
                        "Authorization",
                        AUTH);
                String what = "#" + i + " " + method + " " + pathAndQuery + " " + type + " "
                        + HexFormat.of().formatHex(body);
                assertThat(answer.status()).as(what + " -> " + answer.body()).isIn(EXPECTED);
                assertThat(answer.json().isContainerNode() || answer.status() < 300)
                        .as(what)
                        .isTrue();
            }
        }
    }

    @Test
    void hostileValuesAreRefusedNotCrashedOn() {
        Router router = router();
        List<String> bodies = List.of(
                "{\"email\":\"a@b.co\",\"score\":\"1e9999999999\"}",
                "{\"email\":\"a@b.co\",\"score\":1e9999999999}",
                "{\"email\":\"a@b.co\",\"score\":\"-1e-9999999999\"}",
                "{\"email\":\"a@b.co\",\"age\":\"1e3\"}",
                "{\"email\":\"a@b.co\",\"age\":99999999999999999999999999}",
                "{\"email\":\"a@b.co\",\"born\":\"2026-02-30\"}",
                "{\"email\":\"a@b.co\",\"seen\":\"2026-13-45 99:99:99\"}",
                "{\"email\":\"a@b.co\",\"tags\":{\"x\":1}}",
                "{\"email\":\"a@b.co\",\"meta\":[1]}",
                "{\"email\":\"a@b.co\",\"is_vip\":2}",
                "{\"email\":[\"a@b.co\"]}",
                "[".repeat(5000) + "]".repeat(5000),
                "{\"email\":\"a@b.co\",\"parent\":".repeat(200) + "{}" + "}".repeat(200),
                "\uFEFF{\"email\":\"a@b.co\"}",
                "{\"email\":\"a@b.co\"}\u0000");
        for (String body : bodies) {
            ServerRequest request = new ServerRequest(
                    "PUT",
                    Router.API_PREFIX + "/subscribers/1",
                    null,
                    Map.of("Content-Type", List.of("application/json"), "Authorization", List.of(AUTH)),
                    body.getBytes(StandardCharsets.UTF_8));
            assertSane(router.handle(request), body.length() > 200 ? body.substring(0, 200) : body);
        }
        for (String query : List.of(
                "page=1e9999999999",
                "page=" + "9".repeat(5000),
                "since=9999-99-99+99:99:99",
                "flag=" + "1".repeat(100))) {
            assertSane(
                    router.handle(new ServerRequest(
                            "GET",
                            Router.API_PREFIX + "/subscribers",
                            query,
                            Map.of("Authorization", List.of(AUTH)),
                            null)),
                    query);
        }
    }
}
