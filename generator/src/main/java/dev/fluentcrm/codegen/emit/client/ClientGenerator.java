package dev.fluentcrm.codegen.emit.client;

import com.palantir.javapoet.JavaFile;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Runs the client emitters over an {@link Api}: models and enums into {@code <package>.model},
 * parameter records beside them, module classes and {@code FluentCrmClient} into
 * {@code <package>}.
 */
public final class ClientGenerator {
    private final String basePackage;

    public ClientGenerator(String basePackage) {
        this.basePackage = basePackage;
    }

    public List<JavaFile> generate(Api api) {
        JavaTypes types = new JavaTypes(basePackage + ".model");
        RecordEmitter records = new RecordEmitter(types);
        EnumEmitter enums = new EnumEmitter(types);
        Map<String, TypeDef> typesByName = new HashMap<>();
        api.types().forEach(type -> typesByName.put(type.name(), type));
        // Models and parameter records are most of the files and each is built on its own (the
        // emitters keep no state): build them on every core. An ordered stream keeps the list's
        // order, which the caller sorts anyway.
        List<JavaFile> files = new ArrayList<>(api.types().parallelStream()
                .map(type -> type instanceof TypeDef.RecordDef record ? records.emit(record) : enums.emit((TypeDef.EnumDef) type))
                .toList());
        files.addAll(api.modules().stream()
                .flatMap(module -> module.operations().stream())
                .filter(operation -> operation.paramsTypeName() != null)
                .toList().parallelStream()
                .map(operation -> records.emit(ParamsEmitter.record(operation)))
                .toList());
        // One ModuleEmitter collects each module's type constants as it goes: modules in turn.
        ModuleEmitter modules = new ModuleEmitter(types, basePackage, typesByName);
        for (ApiModule module : api.modules()) {
            files.add(modules.emit(module));
        }
        files.add(new ClientEmitter(basePackage).emit(api));
        return files;
    }
}
