package dev.fluentcrm.codegen.emit.client;

import com.palantir.javapoet.JavaFile;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.naming.UniqueNames;
import dev.fluentcrm.codegen.load.SpecException;
import java.util.ArrayList;
import java.util.List;

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
        UniqueNames modelNames = new UniqueNames();
        for (TypeDef type : api.types()) {
            modelNames.claim(type.name());
            if (type instanceof TypeDef.RecordDef record) {
                files.add(records.emit(record));
            } else if (type instanceof TypeDef.EnumDef enumDef) {
                files.add(enums.emit(enumDef));
            }
        }
        for (ApiModule module : api.modules()) {
            for (Operation operation : module.operations()) {
                if (!operation.optionParameters().isEmpty()) {
                    String name = ParamsEmitter.name(operation);
                    if (modelNames.isTaken(name)) {
                        throw new SpecException("#/paths/" + operation.path().replace("~", "~0").replace("/", "~1") + "/"
                                + operation.method().toLowerCase() + ": its parameter record " + name
                                + " collides with a schema of the same name; rename the schema or the operationId");
                    }
                    modelNames.claim(name);
                    files.add(records.emit(ParamsEmitter.record(operation)));
                }
            }
            files.add(new ModuleEmitter(types, basePackage).emit(module));
        }
        files.add(new ClientEmitter(basePackage).emit(api));
        return files;
    }
}
