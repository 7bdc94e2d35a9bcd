package dev.fluentcrm.live;

import dev.fluentcrm.live.LiveSpec.SpecOperation;
import dev.fluentcrm.live.RouteIndex.Route;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The site's route index against the spec: operations the site lacks and routes the spec lacks,
 * compared by method and path shape (parameter names may differ: {@code {id}} against
 * {@code (?P<subscriber_id>...)}).
 */
public final class RouteComparison {
    private final LiveSpec spec;
    private final RouteIndex index;
    private final String release;
    private final String apiRoot;

    public RouteComparison(LiveSpec spec, RouteIndex index, String release, String apiRoot) {
        this.spec = spec;
        this.index = index;
        this.release = release;
        this.apiRoot = apiRoot;
    }

    /** Whether the site registers this operation's method and path. */
    public boolean registers(SpecOperation operation) {
        return shapes().contains(key(operation.method(), operation.shape()));
    }

    public List<Finding> findings() {
        List<Finding> findings = new ArrayList<>();
        Set<String> registered = shapes();
        Set<String> documented = new HashSet<>();
        for (SpecOperation operation : spec.operations()) {
            documented.add(key(operation.method(), operation.shape()));
            if (registered.contains(key(operation.method(), operation.shape()))) {
                continue;
            }
            if (release != null && operation.notRegisteredIn().contains(release)) {
                findings.add(new Finding(
                        Finding.Kind.SKIPPED,
                        operation.operationId(),
                        operation.method(),
                        apiRoot + operation.path(),
                        null,
                        null,
                        "not registered in " + release + " (x-fluentcrm-availability)",
                        "no route, as documented"));
                continue;
            }
            findings.add(new Finding(
                    Finding.Kind.ROUTE_MISSING,
                    operation.operationId(),
                    operation.method(),
                    apiRoot + operation.path(),
                    null,
                    pointer(operation),
                    "the site to register the route"
                            + (release == null ? "" : " (or notRegisteredIn to name " + release + ")"),
                    "no such route in the index"));
        }
        for (LiveSpec.UnlistedRoute unlisted : spec.unlistedRoutes()) {
            documented.add(key(unlisted.method(), RouteIndex.shape(unlisted.path())));
        }
        for (Route route : index.routes()) {
            if (!documented.contains(key(route.method(), route.shape()))) {
                findings.add(new Finding(
                        Finding.Kind.ROUTE_UNDOCUMENTED,
                        null,
                        route.method(),
                        apiRoot + route.path(),
                        null,
                        null,
                        "an operation in the spec (or an entry of x-fluentcrm-unlisted-routes)",
                        "a registered route"));
            }
        }
        return findings;
    }

    private Set<String> shapes() {
        Set<String> shapes = new HashSet<>();
        for (Route route : index.routes()) {
            shapes.add(key(route.method(), route.shape()));
        }
        return shapes;
    }

    private static String key(String method, String shape) {
        return method + " " + shape;
    }

    static String pointer(SpecOperation operation) {
        return "#/paths/" + escape(operation.path()) + "/" + operation.method().toLowerCase(Locale.ROOT);
    }

    /** JSON pointer escaping of one reference token. */
    static String escape(String token) {
        return token.replace("~", "~0").replace("/", "~1");
    }
}
