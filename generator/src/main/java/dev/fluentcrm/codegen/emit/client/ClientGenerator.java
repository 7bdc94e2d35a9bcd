package dev.fluentcrm.codegen.emit.client;

import com.palantir.javapoet.JavaFile;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Operation;
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
        List<JavaFile> files = new ArrayList<>();
        Map<String, TypeDef> typesByName = new HashMap<>();
        api.types().forEach(type -> typesByName.put(type.name(), type));
        ModuleEmitter modules = new ModuleEmitter(types, basePackage, typesByName);
        for (TypeDef type : api.types()) {
            if (type instanceof TypeDef.RecordDef record) {
                files.add(records.emit(record));
            } else if (type instanceof TypeDef.EnumDef enumDef) {
                files.add(enums.emit(enumDef));
            }
        }
        for (ApiModule module : api.modules()) {
            for (Operation operation : module.operations()) {
                if (operation.paramsTypeName() != null) {
                    files.add(records.emit(ParamsEmitter.record(operation)));
                }
            }
            files.add(modules.emit(module));
        }
        files.add(new ClientEmitter(basePackage).emit(api));
        return files;
    }
}
