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
    private final List<Map.Entry<String, String>> formFields;
    private final Map<String, FilePart> files;
    private final boolean multipart;

    private ApiRequest(Builder builder) {
        this.formFields = List.copyOf(builder.formFields);
        this.files = Map.copyOf(builder.files);
        this.multipart = builder.multipart || !builder.files.isEmpty();
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

    /** Form fields, for a form or multipart body. */
    public List<Map.Entry<String, String>> formFields() {
        return formFields;
    }

    /** Files, for a multipart body. */
    public Map<String, FilePart> files() {
        return files;
    }

    /** Whether the body is {@code multipart/form-data} (otherwise form fields are URL-encoded). */
    public boolean isMultipart() {
        return multipart;
    }

    /** Whether the body is a form rather than JSON. */
    public boolean isForm() {
        return multipart || !formFields.isEmpty();
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
        private final List<Map.Entry<String, String>> formFields = new ArrayList<>();
        private final Map<String, FilePart> files = new LinkedHashMap<>();
        private boolean multipart;
        private Object body;

        private Builder(String method, String pathTemplate) {
            this.method = Objects.requireNonNull(method, "method");
            this.pathTemplate = Objects.requireNonNull(pathTemplate, "pathTemplate");
        }

        /** A path parameter; required, so {@code null} is refused with the parameter's name. */
        public Builder path(String name, Object value) {
            if (value == null) {
                throw new IllegalArgumentException(
                        "The path parameter '" + name + "' of " + method + " " + pathTemplate + " is required");
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

        /**
         * A query flag PHP reads as a boolean ({@code x-php-type: boolean}): {@code 1} for true,
         * {@code 0} for false, left out when {@code null}. PHP takes any non-empty value other
         * than {@code "0"} as set, so {@code "false"} would switch the flag on.
         */
        public Builder queryFlag(String name, Boolean value) {
            return queryFlag(name, value, "1", "0");
        }

        /** A query flag spelled {@code whenTrue} or {@code whenFalse} (such as {@code yes}/{@code no}), left out when {@code null}. */
        public Builder queryFlag(String name, Boolean value, String whenTrue, String whenFalse) {
            if (value != null) {
                query.add(Map.entry(name, value ? whenTrue : whenFalse));
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

        /** A form field of a form or multipart body, left out when {@code null}; a collection repeats it. */
        public Builder formField(String name, Object value) {
            if (value instanceof Collection<?> values) {
                values.forEach(v -> formField(name, v));
            } else if (value != null) {
                formFields.add(Map.entry(name, QueryValues.format(value)));
            }
            return this;
        }

        /** A file of a multipart body, left out when {@code null}. */
        public Builder filePart(String name, FilePart file) {
            if (file != null) {
                files.put(name, file);
            }
            return this;
        }

        /** Sends the form fields as {@code multipart/form-data} even without files. */
        public Builder multipart() {
            this.multipart = true;
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
