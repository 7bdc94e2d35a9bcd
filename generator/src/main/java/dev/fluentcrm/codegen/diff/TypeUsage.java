package dev.fluentcrm.codegen.diff;

import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Field;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Parameter;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.model.TypeRef;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Which named types a caller builds (reachable from a request body or a parameter) and which
 * only come back in answers. A property added to a type the caller builds may be one the caller
 * now has to set; one added to an answer is only something more to read.
 */
final class TypeUsage {
    private final Set<String> inRequests = new HashSet<>();
    private final Set<String> inResponses = new HashSet<>();

    TypeUsage(Api api) {
        Map<String, TypeDef> types = api.types().stream().collect(Collectors.toMap(TypeDef::name, Function.identity()));
        for (ApiModule module : api.modules()) {
            for (Operation operation : module.operations()) {
                for (Parameter parameter : operation.parameters()) {
                    reach(parameter.type(), types, inRequests);
                }
                if (operation.body() != null) {
                    reach(operation.body().type(), types, inRequests);
                }
                reach(operation.response(), types, inResponses);
            }
        }
    }

    /**
     * Whether the caller may build the type. A type no operation uses counts as one, since a
     * caller may build any public record.
     */
    boolean builtByCallers(String typeName) {
        return inRequests.contains(typeName) || !inResponses.contains(typeName);
    }

    private static void reach(TypeRef root, Map<String, TypeDef> types, Set<String> seen) {
        Deque<TypeRef> pending = new ArrayDeque<>();
        pending.push(root);
        while (!pending.isEmpty()) {
            TypeRef type = pending.pop();
            if (type instanceof TypeRef.ListOf list) {
                pending.push(list.items());
            } else if (type instanceof TypeRef.MapOf map) {
                pending.push(map.values());
            } else if (type instanceof TypeRef.PageOf page) {
                pending.push(page.items());
            } else if (type instanceof TypeRef.Named named
                    && seen.add(named.name())
                    && types.get(named.name()) instanceof TypeDef.RecordDef record) {
                for (Field field : record.fields()) {
                    pending.push(field.type());
                }
            }
        }
    }
}
