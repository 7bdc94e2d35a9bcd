package dev.fluentcrm.codegen.model;

import java.util.List;
import java.util.Set;

/**
 * The generator's own view of an API: everything the emitters need and nothing of the parser
 * that produced it. Lists are in a stable order: modules as the spec declares its tags,
 * operations as the spec lists them, types by name.
 *
 * <p>{@code providedTypes} names the types whose classes an SDK jar already has (the base spec's,
 * when only the overlays are generated): they stay in {@code types}, since samples and schemas of
 * the generated types may need them, but no emitter writes them. {@code documentation} holds what
 * only the reference documentation reads.
 */
public record Api(
        String title,
        String version,
        String description,
        List<ApiModule> modules,
        List<TypeDef> types,
        Set<String> providedTypes,
        Documentation documentation) {
    public Api {
        providedTypes = Set.copyOf(providedTypes);
    }

    /** An API whose every type is generated, without documentation facts. */
    public Api(String title, String version, String description, List<ApiModule> modules, List<TypeDef> types) {
        this(title, version, description, modules, types, Set.of(), Documentation.NONE);
    }

    public int operationCount() {
        return modules.stream().mapToInt(m -> m.operations().size()).sum();
    }

    /** The types whose classes this generation writes. */
    public List<TypeDef> ownTypes() {
        return providedTypes.isEmpty()
                ? types
                : types.stream().filter(t -> !providedTypes.contains(t.name())).toList();
    }
}
