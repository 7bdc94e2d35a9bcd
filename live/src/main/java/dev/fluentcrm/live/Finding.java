package dev.fluentcrm.live;

/**
 * One thing {@code verify-live} found. A {@link Kind#isMismatch() mismatch} means the site and the
 * spec disagree; the other kinds are notes (an operation that could not be called, an answer the
 * spec allows but that is not the success case).
 *
 * @param kind what sort of finding it is
 * @param operationId the spec's operation, or {@code null} for a route the spec lacks
 * @param method the HTTP method
 * @param url the URL called, or the route's path when nothing was called
 * @param bodyPointer JSON pointer into the answer's body ({@code ""} for the whole body, {@code null} when not about the body)
 * @param schemaPointer JSON pointer into the spec ({@code null} when not about a schema)
 * @param expected what the spec says
 * @param actual what the site sent or did
 */
public record Finding(
        Kind kind,
        String operationId,
        String method,
        String url,
        String bodyPointer,
        String schemaPointer,
        String expected,
        String actual) {

    /** The sorts of findings, with the word that starts their line. */
    public enum Kind {
        /** An operation of the spec that the site's route index lacks (and that the spec does not mark as absent). */
        ROUTE_MISSING("missing-route", true),
        /** A route the site registers that the spec has no operation for (and does not list as unlisted). */
        ROUTE_UNDOCUMENTED("undocumented-route", true),
        /** A status the spec does not declare for the operation. */
        STATUS("status", true),
        /** A body that does not validate against the declared schema. */
        SCHEMA("schema", true),
        /** A body the generated client's types cannot decode. */
        DECODE("decode", true),
        /** A write round trip that did not do what the spec promises. */
        SCENARIO("scenario", true),
        /** An error status the spec declares for the operation (answered as documented, but not a success). */
        DECLARED_ERROR("declared-error", false),
        /** An operation not called (no id found, a required parameter without an example, not registered). */
        SKIPPED("skipped", false);

        private final String label;
        private final boolean mismatch;

        Kind(String label, boolean mismatch) {
            this.label = label;
            this.mismatch = mismatch;
        }

        public String label() {
            return label;
        }

        public boolean isMismatch() {
            return mismatch;
        }
    }

    public boolean isMismatch() {
        return kind.isMismatch();
    }

    /**
     * The finding as one line: {@code schema getTag GET http://.../tags/3 body#/tag/id
     * spec#/components/schemas/Tag/properties/id: expected integer, sent "3"}.
     */
    public String line() {
        StringBuilder line = new StringBuilder(kind.label());
        line.append(' ').append(operationId == null ? "-" : operationId);
        line.append(' ').append(method).append(' ').append(url);
        if (bodyPointer != null) {
            line.append(" body#").append(bodyPointer);
        }
        if (schemaPointer != null) {
            line.append(" spec")
                    .append(schemaPointer.startsWith("#") ? "" : "#")
                    .append(schemaPointer);
        }
        line.append(": expected ").append(expected).append(", sent ").append(actual);
        return line.toString();
    }
}
