package dev.fluentcrm.testing;

import dev.fluentcrm.server.FluentCrmHttpServer;
import dev.fluentcrm.server.auth.ApplicationPasswords;
import dev.fluentcrm.server.http.QueryString;
import dev.fluentcrm.server.http.ServerRequest;
import dev.fluentcrm.server.http.ServerResponse;
import dev.fluentcrm.server.route.Call;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.route.Router;
import dev.fluentcrm.server.validate.SchemaRegistry;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * A FluentCRM site on 127.0.0.1 for tests, built from the routes and schemas of a spec: every
 * operation answers with its fixture, every request is validated (WordPress's 400, FluentCRM's
 * 422) and recorded, and any operation's answer can be overridden; a stateful mock keeps
 * contacts, notes, tags, lists and companies in memory. The spec's own classes come
 * from the generated {@code MockFluentCrm}, which extends this and adds a client of the mock.
 *
 * @param <M> the concrete mock, so that {@link #override} returns it
 */
public abstract class MockServer<M extends MockServer<M>> implements AutoCloseable {
    /** The WordPress user the mock accepts. */
    public static final String USER = "admin";
    /** That user's Application Password. */
    public static final String PASSWORD = "mock mock mock mock mock mock";

    private final FluentCrmHttpServer server;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, MockResponse> overrides = new ConcurrentHashMap<>();
    private final Map<String, String> fixtures = new ConcurrentHashMap<>();
    private final Function<String, String> fixtureJson;
    private final boolean stateful;
    private final OperationIds operationIds;

    /**
     * What a mock serves.
     *
     * @param routes every route of the spec, bound to services
     * @param schemas the schemas the routes' requests are validated against
     * @param fixtureJson the JSON body of an operation's fixture, by operationId
     * @param stateful whether contacts (with notes), tags, lists and companies are kept in memory
     *     and answered from there; every other operation, and every operation of a stateless mock,
     *     answers with its fixture
     * @param maxBodyBytes the largest request body accepted (413 above)
     */
    public record Spec(
            List<Route> routes,
            SchemaRegistry schemas,
            Function<String, String> fixtureJson,
            boolean stateful,
            int maxBodyBytes) {
        public Spec {
            routes = List.copyOf(routes);
            Objects.requireNonNull(schemas, "schemas");
            Objects.requireNonNull(fixtureJson, "fixtureJson");
        }
    }

    protected MockServer(Spec spec) {
        this.fixtureJson = spec.fixtureJson();
        this.stateful = spec.stateful();
        this.operationIds =
                new OperationIds(spec.routes().stream().map(Route::operationId).toList());
        List<Route> routes = spec.routes();
        if (stateful) {
            InMemoryCrm crm = new InMemoryCrm(fixtureJson);
            routes = routes.stream().map(crm::bind).toList();
        }
        Router router = Router.builder()
                .routes(routes)
                .schemas(spec.schemas())
                .authenticator(ApplicationPasswords.of(USER, PASSWORD))
                .maxBodyBytes(spec.maxBodyBytes())
                .interceptor(this::answer)
                .listener(this::record)
                .build();
        this.server = FluentCrmHttpServer.start(router);
    }

    /** This mock, typed as the subclass. */
    protected abstract M self();

    /** The site root, for {@code FluentCrmClient.builder().siteUrl(...)}. */
    public String siteUrl() {
        return server.siteUrl();
    }

    public int port() {
        return server.port();
    }

    /**
     * Answers {@code operationId} with {@code response} from now on (until {@link #reset()}).
     *
     * @throws IllegalArgumentException when the spec has no such operation (naming the nearest ids)
     */
    public M override(String operationId, MockResponse response) {
        overrides.put(operationIds.check(operationId), response);
        return self();
    }

    /** Every request so far, in arrival order. */
    public List<RecordedRequest> requests() {
        return List.copyOf(requests);
    }

    /**
     * The requests that matched {@code operationId}.
     *
     * @throws IllegalArgumentException when the spec has no such operation (naming the nearest ids)
     */
    public List<RecordedRequest> requests(String operationId) {
        operationIds.check(operationId);
        return requests.stream()
                .filter(r -> operationId.equals(r.operationId()))
                .toList();
    }

    /** Forgets recorded requests and overrides (stored records stay). */
    public void reset() {
        requests.clear();
        overrides.clear();
    }

    @Override
    public void close() {
        server.close();
    }

    private ServerResponse answer(Call call, Supplier<ServerResponse> proceed) {
        String operationId = call.route().operationId();
        MockResponse override = overrides.get(operationId);
        if (override != null) {
            sleep(override);
            return ServerResponse.json(override.status(), override.body());
        }
        if (stateful) {
            ServerResponse response = proceed.get();
            // Operations the in-memory CRM does not model answer 501; they fall back to their fixture.
            if (response.status() != 501) {
                return response;
            }
        }
        return ServerResponse.json(call.route().status(), fixtures.computeIfAbsent(operationId, fixtureJson));
    }

    private static void sleep(MockResponse override) {
        if (!override.delay().isZero()) {
            try {
                Thread.sleep(override.delay().toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void record(ServerRequest request, Route route, ServerResponse response) {
        String path = request.rawPath().startsWith(Router.API_PREFIX)
                ? request.rawPath().substring(Router.API_PREFIX.length())
                : request.rawPath();
        List<Map.Entry<String, String>> query;
        try {
            query = QueryString.parse(request.rawQuery());
        } catch (IllegalArgumentException e) {
            query = List.of();
        }
        requests.add(new RecordedRequest(
                route == null ? null : route.operationId(),
                request.method(),
                path,
                query,
                request.headers(),
                new String(request.body(), StandardCharsets.UTF_8),
                response.status()));
    }
}
