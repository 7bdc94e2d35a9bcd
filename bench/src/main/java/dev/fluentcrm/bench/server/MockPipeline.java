package dev.fluentcrm.bench.server;

import dev.fluentcrm.client.fixtures.Fixtures;
import dev.fluentcrm.client.server.FluentCrmRouter;
import dev.fluentcrm.server.auth.ApplicationPasswords;
import dev.fluentcrm.server.http.ServerResponse;
import dev.fluentcrm.server.route.Router;
import dev.fluentcrm.testing.MockFluentCrm;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The stateless mock's pipeline as {@code MockServer} builds it (every route of the spec, the
 * mock's credentials, validation, fixtures by operationId, every exchange recorded), as a plain
 * router: the mock keeps its own router to itself and always serves it on the current engine, so
 * this is what both engines serve for the before/after comparison.
 */
final class MockPipeline {
    private MockPipeline() {}

    static Router router() {
        Map<String, String> fixtures = new ConcurrentHashMap<>();
        List<Object> recorded = new CopyOnWriteArrayList<>();
        return Router.builder()
                .routes(FluentCrmRouter.builder().routes())
                .schemas(FluentCrmRouter.schemas())
                .authenticator(ApplicationPasswords.of(MockFluentCrm.USER, MockFluentCrm.PASSWORD))
                .interceptor((call, proceed) -> ServerResponse.json(
                        call.route().status(),
                        fixtures.computeIfAbsent(call.route().operationId(), Fixtures::responseJson)))
                .listener((request, route, response) -> recorded.add(response.status()))
                .build();
    }
}
