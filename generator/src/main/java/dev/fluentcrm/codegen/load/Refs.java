package dev.fluentcrm.codegen.load;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Map;

/** Follows local {@code #/components/...} references, failing with the place of a dangling one. */
final class Refs {
    private static final int MAX_HOPS = 32;
    private final OpenAPI spec;
    private final SpecLoader.LoadedSpec loaded;

    Refs(SpecLoader.LoadedSpec loaded) {
        this.spec = loaded.openApi();
        this.loaded = loaded;
    }

    /** {@code file#pointer} for a message about the item at {@code pointer}. */
    String place(String pointer) {
        return loaded.place(pointer);
    }

    /** The component name a {@code $ref} points at: {@code #/components/schemas/Tag} -> Tag. */
    static String name(String ref) {
        return ref.substring(ref.lastIndexOf('/') + 1);
    }

    Schema<?> schema(Schema<?> schema, String where) {
        Schema<?> current = schema;
        for (int hops = 0; current != null && current.get$ref() != null; hops++) {
            if (hops == MAX_HOPS) {
                throw new SpecException(place(where) + ": $ref chain too long (a cycle of references?)");
            }
            current = lookup(
                    spec.getComponents() == null ? null : spec.getComponents().getSchemas(),
                    current.get$ref(),
                    "schemas",
                    where);
        }
        return current;
    }

    Parameter parameter(Parameter parameter, String where) {
        Parameter current = parameter;
        for (int hops = 0; current.get$ref() != null && hops < MAX_HOPS; hops++) {
            current = lookup(
                    spec.getComponents() == null ? null : spec.getComponents().getParameters(),
                    current.get$ref(),
                    "parameters",
                    where);
        }
        return current;
    }

    RequestBody requestBody(RequestBody body, String where) {
        RequestBody current = body;
        for (int hops = 0; current.get$ref() != null && hops < MAX_HOPS; hops++) {
            current = lookup(
                    spec.getComponents() == null ? null : spec.getComponents().getRequestBodies(),
                    current.get$ref(),
                    "requestBodies",
                    where);
        }
        return current;
    }

    ApiResponse response(ApiResponse response, String where) {
        ApiResponse current = response;
        for (int hops = 0; current.get$ref() != null && hops < MAX_HOPS; hops++) {
            current = lookup(
                    spec.getComponents() == null ? null : spec.getComponents().getResponses(),
                    current.get$ref(),
                    "responses",
                    where);
        }
        return current;
    }

    private <T> T lookup(Map<String, T> section, String ref, String kind, String where) {
        String prefix = "#/components/" + kind + "/";
        if (!ref.startsWith(prefix)) {
            throw new SpecException(
                    place(where) + ": $ref '" + ref + "' must point into " + prefix + " (bundle external files first)");
        }
        T target = section == null ? null : section.get(ref.substring(prefix.length()));
        if (target == null) {
            throw new SpecException(place(where) + ": $ref '" + ref + "' points at nothing");
        }
        return target;
    }
}
