package dev.fluentcrm.runtime.http;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * One call as generated code describes it: method, path template with its values, query
 * parameters in order (PHP array parameters repeat their {@code name[]}), and an optional body.
 */
public final class ApiRequest {
    private final String method;
    private final String pathTemplate;
    private final Map<String, String> pathParams;
    private final List<Map.Entry<String, String>> query;
    private final Map<String, String> headers;
    private final Object body;

    private ApiRequest(Builder builder) {
        this.headers = Map.copyOf(builder.headers);
        this.method = builder.method;
        this.pathTemplate = builder.pathTemplate;
        this.pathParams = Map.copyOf(builder.pathParams);
        this.query = List.copyOf(builder.query);
        this.body = builder.body;
    }

    public static Builder builder(String method, String pathTemplate) {
        return new Builder(method, pathTemplate);
    }

    public String method() {
        return method;
    }

    public String pathTemplate() {
        return pathTemplate;
    }

    public Map<String, String> pathParams() {
        return pathParams;
    }

    public List<Map.Entry<String, String>> query() {
        return query;
    }

    /** Extra request headers the operation declares. */
    public Map<String, String> headers() {
        return headers;
    }

    /** The body to send as JSON, or {@code null} for none. */
    public Object body() {
        return body;
    }

    @Override
    public String toString() {
        return method + " " + pathTemplate;
    }

    /** Builds an {@link ApiRequest}; {@code null} values are left out, as if never set. */
    public static final class Builder {
        private final String method;
        private final String pathTemplate;
        private final Map<String, String> pathParams = new LinkedHashMap<>();
        private final List<Map.Entry<String, String>> query = new ArrayList<>();
        private final Map<String, String> headers = new LinkedHashMap<>();
        private Object body;

        private Builder(String method, String pathTemplate) {
            this.method = Objects.requireNonNull(method, "method");
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
        }

        /** A path parameter; required, so {@code null} is refused with the parameter's name. */
        public Builder path(String name, Object value) {
            if (value == null) {
                throw new IllegalArgumentException("The path parameter '" + name + "' of " + method + " " + pathTemplate + " is required");
            }
            pathParams.put(name, QueryValues.format(value));
            return this;
        }

        /** A query parameter, left out when {@code null}. */
        public Builder query(String name, Object value) {
            if (value != null) {
                query.add(Map.entry(name, QueryValues.format(value)));
            }
            return this;
        }

        /** A PHP array query parameter: {@code name[]} once per element, in order. */
        public Builder queryAll(String name, Collection<?> values) {
            if (values != null) {
                for (Object value : values) {
                    query(name, value);
                }
            }
            return this;
        }

        /** Extra query parameters the caller added by name; a collection repeats its name. */
        public Builder queryExtras(Map<String, Object> extras) {
            if (extras != null) {
                extras.forEach((name, value) -> {
                    if (value instanceof Collection<?> values) {
                        queryAll(name, values);
                    } else {
                        query(name, value);
                    }
                });
            }
            return this;
        }

        /** A header parameter, left out when {@code null}. */
        public Builder header(String name, Object value) {
            if (value != null) {
                headers.put(name, QueryValues.format(value));
            }
            return this;
        }

        public Builder body(Object body) {
            this.body = body;
            return this;
        }

        public ApiRequest build() {
            return new ApiRequest(this);
        }
    }
}
