package dev.fluentcrm.codegen.model;

import java.util.List;

/**
 * One HTTP operation. {@code response} is what the Java method returns; when it is a page
 * unwrapped from an envelope, {@code responsePointer} says where in the body the page sits.
 * {@code paramsTypeName} names the record of its query and header parameters (null when it has none).
 * {@code successStatus} is the 2xx status the spec declares, {@code responseExample} the JSON of
 * that answer's example (null without one), and {@code secured} whether the call needs credentials.
 * {@code availability} says which FluentCRM releases register the route, {@code requires} what a
 * site must switch on or install before the operation works (both empty when the spec is silent).
 */
public record Operation(
        String operationId,
        String javaName,
        String method,
        String path,
        String summary,
        String description,
        boolean pro,
        boolean deprecated,
        List<Parameter> parameters,
        String paramsTypeName,
        RequestBody body,
        TypeRef response,
        String responsePointer,
        int successStatus,
        String responseExample,
        boolean secured,
        Availability availability,
        List<Requirement> requires) {
    public Operation {
        requires = List.copyOf(requires);
    }

    /** An operation answering 200 without an example, behind authentication. */
    public Operation(
            String operationId,
            String javaName,
            String method,
            String path,
            String summary,
            String description,
            boolean pro,
            boolean deprecated,
            List<Parameter> parameters,
            String paramsTypeName,
            RequestBody body,
            TypeRef response,
            String responsePointer) {
        this(
                operationId,
                javaName,
                method,
                path,
                summary,
                description,
                pro,
                deprecated,
                parameters,
                paramsTypeName,
                body,
                response,
                responsePointer,
                200,
                null,
                true,
                Availability.UNKNOWN,
                List.of());
    }

    public List<Parameter> pathParameters() {
        return parameters.stream()
                .filter(p -> p.location() == Parameter.Location.PATH)
                .toList();
    }

    /** Query and header parameters: the ones that go into the operation's parameter object. */
    public List<Parameter> optionParameters() {
        return parameters.stream()
                .filter(p -> p.location() != Parameter.Location.PATH)
                .toList();
    }

    public boolean isPaged() {
        return response instanceof TypeRef.PageOf;
    }

    /** The request body, or {@code null} when the operation takes none. */
    public record RequestBody(TypeRef type, boolean required, String description, Encoding encoding) {}

    /** How the body travels. */
    public enum Encoding {
        JSON,
        FORM,
        MULTIPART
    }
}
