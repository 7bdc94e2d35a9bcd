package dev.fluentcrm.codegen.model;

import java.util.List;

/**
 * One HTTP operation. {@code response} is what the Java method returns; when it is a page
 * unwrapped from an envelope, {@code responsePointer} says where in the body the page sits.
 * {@code paramsTypeName} names the record of its query and header parameters (null when it has none).
 */
public record Operation(String operationId, String javaName, String method, String path, String summary,
                        String description, boolean pro, boolean deprecated, List<Parameter> parameters,
                        String paramsTypeName, RequestBody body, TypeRef response, String responsePointer) {
    public List<Parameter> pathParameters() {
        return parameters.stream().filter(p -> p.location() == Parameter.Location.PATH).toList();
    }

    /** Query and header parameters: the ones that go into the operation's parameter object. */
    public List<Parameter> optionParameters() {
        return parameters.stream().filter(p -> p.location() != Parameter.Location.PATH).toList();
    }

    public boolean isPaged() {
        return response instanceof TypeRef.PageOf;
    }

    /** The request body, or {@code null} when the operation takes none. */
    public record RequestBody(TypeRef type, boolean required, String description, Encoding encoding) {
    }

    /** How the body travels. */
    public enum Encoding { JSON, FORM, MULTIPART }
}
