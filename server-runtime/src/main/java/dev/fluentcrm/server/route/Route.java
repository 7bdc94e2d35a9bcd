package dev.fluentcrm.server.route;

import dev.fluentcrm.server.validate.Schema;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One operation as the router sees it: method and path template, the parameters and body the spec
 * declares (with their schemas, for validation and binding), where a returned page sits in the
 * answer, and the code that answers. Generated route classes build these; tests may too.
 */
public final class Route {
    /** The service call behind a route. */
    @FunctionalInterface
    public interface Handler {
        /** The value to send as JSON (a record, a page, a map, a {@code JsonNode}...). */
        Object handle(Call call) throws Exception;
    }

    /** How a body travels. */
    public enum BodyEncoding {
        JSON,
        FORM,
        MULTIPART
    }

    private final String method;
    private final PathTemplate path;
    private final String operationId;
    private final List<Param> params;
    private final Schema body;
    private final boolean bodyRequired;
    private final BodyEncoding bodyEncoding;
    private final boolean secured;
    private final int status;
    private final String pagePointer;
    private final Handler handler;

    private Route(Builder builder) {
        this.method = builder.method;
        this.path = new PathTemplate(builder.path);
        this.operationId = builder.operationId;
        this.params = List.copyOf(builder.params);
        this.body = builder.body;
        this.bodyRequired = builder.bodyRequired;
        this.bodyEncoding = builder.bodyEncoding;
        this.secured = builder.secured;
        this.status = builder.status;
        this.pagePointer = builder.pagePointer;
        this.handler = Objects.requireNonNull(builder.handler, "handler of " + builder.operationId);
    }

    public static Builder builder(String method, String path, String operationId) {
        return new Builder(method, path, operationId);
    }

    public String method() {
        return method;
    }

    public PathTemplate path() {
        return path;
    }

    public String operationId() {
        return operationId;
    }

    public List<Param> params() {
        return params;
    }

    /** The body's schema, or null when the operation takes none. */
    public Schema body() {
        return body;
    }

    public boolean bodyRequired() {
        return bodyRequired;
    }

    public BodyEncoding bodyEncoding() {
        return bodyEncoding;
    }

    /** Whether the caller must authenticate (false for the spec's {@code security: []}). */
    public boolean secured() {
        return secured;
    }

    /** The status of a successful answer. */
    public int status() {
        return status;
    }

    /** Where a page the handler returns sits in the answer ({@code /subscribers}), or "" for the whole body. */
    public String pagePointer() {
        return pagePointer;
    }

    public Handler handler() {
        return handler;
    }

    /** The same route answered by another handler (the mock swaps in fixtures this way). */
    public Route withHandler(Handler other) {
        Builder copy = new Builder(method, path.template(), operationId);
        copy.params.addAll(params);
        copy.body = body;
        copy.bodyRequired = bodyRequired;
        copy.bodyEncoding = bodyEncoding;
        copy.secured = secured;
        copy.status = status;
        copy.pagePointer = pagePointer;
        copy.handler = other;
        return copy.build();
    }

    @Override
    public String toString() {
        return method + " " + path + " (" + operationId + ")";
    }

    /** Builds a {@link Route}. */
    public static final class Builder {
        private final String method;
        private final String path;
        private final String operationId;
        private final List<Param> params = new ArrayList<>();
        private Schema body;
        private boolean bodyRequired;
        private BodyEncoding bodyEncoding = BodyEncoding.JSON;
        private boolean secured = true;
        private int status = 200;
        private String pagePointer = "";
        private Handler handler;

        private Builder(String method, String path, String operationId) {
            this.method = Objects.requireNonNull(method, "method");
            this.path = Objects.requireNonNull(path, "path");
            this.operationId = Objects.requireNonNull(operationId, "operationId");
        }

        public Builder pathParam(String name, Schema schema) {
            params.add(new Param(name, Param.In.PATH, schema, true));
            return this;
        }

        public Builder query(String name, Schema schema, boolean required) {
            params.add(new Param(name, Param.In.QUERY, schema, required));
            return this;
        }

        public Builder header(String name, Schema schema, boolean required) {
            params.add(new Param(name, Param.In.HEADER, schema, required));
            return this;
        }

        public Builder body(Schema schema, boolean required, BodyEncoding encoding) {
            this.body = schema;
            this.bodyRequired = required;
            this.bodyEncoding = encoding;
            return this;
        }

        public Builder body(Schema schema, boolean required) {
            return body(schema, required, BodyEncoding.JSON);
        }

        /** No credentials needed (the spec's {@code security: []}). */
        public Builder publicAccess() {
            this.secured = false;
            return this;
        }

        public Builder status(int status) {
            this.status = status;
            return this;
        }

        public Builder pagedAt(String pointer) {
            this.pagePointer = pointer;
            return this;
        }

        public Route handle(Handler handler) {
            this.handler = handler;
            return build();
        }

        private Route build() {
            return new Route(this);
        }
    }
}
