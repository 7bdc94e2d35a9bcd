package dev.fluentcrm.live;

import dev.fluentcrm.live.LiveSpec.SpecOperation;
import java.util.ArrayList;
import java.util.List;

/**
 * Calls every read-only ({@code GET}) operation the site registers, with ids that exist and the
 * required query parameters' examples, and checks each answer.
 */
final class ReadCalls {
    private final LiveSpec spec;
    private final SiteClient client;
    private final Credentials credentials;
    private final AnswerChecker checker;
    private final RouteComparison routes;

    ReadCalls(
            LiveSpec spec, SiteClient client, Credentials credentials, AnswerChecker checker, RouteComparison routes) {
        this.spec = spec;
        this.client = client;
        this.credentials = credentials;
        this.checker = checker;
        this.routes = routes;
    }

    /** The findings, and how many operations were called. */
    record Result(List<Finding> findings, int called) {}

    Result run() {
        Parameters parameters = new Parameters(spec);
        PathValues paths = new PathValues(client, credentials, spec, parameters);
        List<Finding> findings = new ArrayList<>();
        int called = 0;
        for (SpecOperation operation : spec.operations()) {
            if (!"GET".equals(operation.method()) || !routes.registers(operation)) {
                continue;
            }
            PathValues.Resolution path = paths.resolve(operation);
            if (path.isSkipped()) {
                findings.add(skipped(operation, path.skipReason()));
                continue;
            }
            StringBuilder missing = new StringBuilder();
            String query = parameters.requiredQuery(operation, missing);
            if (query == null) {
                findings.add(
                        skipped(operation, "the required query parameter " + missing + " has no example in the spec"));
                continue;
            }
            SiteClient.Exchange exchange = client.crm("GET", path.path() + query, null, credentials);
            called++;
            findings.addAll(checker.check(operation, exchange, 200, false));
        }
        return new Result(findings, called);
    }

    private Finding skipped(SpecOperation operation, String why) {
        return new Finding(
                Finding.Kind.SKIPPED,
                operation.operationId(),
                operation.method(),
                client.apiRoot() + operation.path(),
                null,
                null,
                "a call",
                "none: " + why);
    }
}
