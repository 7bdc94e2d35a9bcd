package dev.fluentcrm.codegen.model;

import java.util.List;

/**
 * The generator's own view of an API: everything the emitters need and nothing of the parser
 * that produced it. Lists are in a stable order: modules as the spec declares its tags,
 * operations as the spec lists them, types by name. {@code documentation} holds what only the
 * reference documentation reads.
 */
public record Api(
        String title,
        String version,
        String description,
        List<ApiModule> modules,
        List<TypeDef> types,
        Documentation documentation) {
    /** An API without documentation facts. */
    public Api(String title, String version, String description, List<ApiModule> modules, List<TypeDef> types) {
        this(title, version, description, modules, types, Documentation.NONE);
    }

    public int operationCount() {
        return modules.stream().mapToInt(m -> m.operations().size()).sum();
    }
}
