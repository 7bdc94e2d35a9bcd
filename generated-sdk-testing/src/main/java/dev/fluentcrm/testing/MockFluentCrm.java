package dev.fluentcrm.testing;

import dev.fluentcrm.client.FluentCrmClient;
import dev.fluentcrm.client.fixtures.Fixtures;
import dev.fluentcrm.client.server.FluentCrmRouter;
import dev.fluentcrm.runtime.http.RetryPolicy;
import dev.fluentcrm.server.FluentCrmHttpServer;
import dev.fluentcrm.server.auth.ApplicationPasswords;
import dev.fluentcrm.server.http.QueryString;
import dev.fluentcrm.server.http.ServerRequest;
import dev.fluentcrm.server.http.ServerResponse;
import dev.fluentcrm.server.route.Call;
import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.route.Router;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

/**
 * A FluentCRM site on 127.0.0.1, generated from the spec: every operation answers with its
 * fixture (the spec's example), every request is validated against the spec (400/422 as
 * WordPress and FluentCRM answer) and recorded, and any operation's answer can be overridden. In
 * stateful mode contacts, tags, lists, companies and notes live in memory and behave like the
 * real thing.
 *
 * <pre>{@code
 * try (MockFluentCrm crm = MockFluentCrm.start()) {
 *     FluentCrmClient client = crm.client();
 *     ...
 * }
 * }</pre>
 */
public final class MockFluentCrm implements AutoCloseable {
    /** The WordPress user the mock accepts. */
    public static final String USER = "admin";
    /** That user's Application Password. */
    public static final String PASSWORD = "mock mock mock mock mock mock";

    private final FluentCrmHttpServer server;
    private final List<RecordedRequest> requests = new CopyOnWriteArrayList<>();
    private final Map<String, MockResponse> overrides = new ConcurrentHashMap<>();
    private final Map<String, String> fixtures = new ConcurrentHashMap<>();
    private final boolean stateful;
    private final OperationIds operationIds;

    private MockFluentCrm(Builder builder) {
        this.stateful = builder.stateful;
        FluentCrmRouter.Builder services = FluentCrmRouter.builder();
        if (stateful) {
            InMemoryCrm crm = new InMemoryCrm();
            services.contacts(crm.contacts())
                    .tags(crm.tags())
                    .lists(crm.lists())
                    .companies(crm.companies());
        }
        this.operationIds = new OperationIds(
                services.routes().stream().map(Route::operationId).toList());
        Router router = services.router()
                .authenticator(ApplicationPasswords.of(USER, PASSWORD))
                .maxBodyBytes(builder.maxBodyBytes)
                .interceptor(this::answer)
                .listener(this::record)
                .build();
        this.server = FluentCrmHttpServer.start(router);
    }

    /** A stateless mock on a free port. */
    public static MockFluentCrm start() {
        return builder().start();
    }

    /** A mock whose contacts, tags, lists, companies and notes are kept in memory. */
    public static MockFluentCrm startStateful() {
        return builder().stateful(true).start();
    }

    public static Builder builder() {
        return new Builder();
    }

    /** The site root, for {@code FluentCrmClient.builder().siteUrl(...)}. */
    public String siteUrl() {
        return server.siteUrl();
    }

    public int port() {
        return server.port();
    }

    /** A client of this mock with its credentials and no retries (a retried call would be recorded twice). */
    public FluentCrmClient client() {
        return FluentCrmClient.builder()
                .siteUrl(siteUrl())
                .applicationPassword(USER, PASSWORD)
                .retryPolicy(RetryPolicy.none())
                .build();
    }

    /**
     * Answers {@code operationId} with {@code response} from now on (until {@link #reset()}).
     *
     * @throws IllegalArgumentException when the spec has no such operation (naming the nearest ids)
     */
    public MockFluentCrm override(String operationId, MockResponse response) {
        overrides.put(operationIds.check(operationId), response);
        return this;
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
            // Operations the in-memory store does not model answer 501; they fall back to their fixture.
            if (response.status() != 501) {
                return response;
            }
        }
        return ServerResponse.json(
                call.route().status(), fixtures.computeIfAbsent(operationId, Fixtures::responseJson));
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

    /** Configures a {@link MockFluentCrm}. */
    public static final class Builder {
        private boolean stateful;
        private int maxBodyBytes = Router.DEFAULT_MAX_BODY_BYTES;

        private Builder() {}

        /** Keep contacts, tags, lists, companies and notes in memory. */
        public Builder stateful(boolean stateful) {
            this.stateful = stateful;
            return this;
        }

        /** Refuse bodies larger than this with 413. */
        public Builder maxBodyBytes(int limit) {
            this.maxBodyBytes = limit;
            return this;
        }

        public MockFluentCrm start() {
            return new MockFluentCrm(this);
        }
    }
}
