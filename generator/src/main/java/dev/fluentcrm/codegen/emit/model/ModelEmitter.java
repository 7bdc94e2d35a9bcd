package dev.fluentcrm.codegen.emit.model;

import com.palantir.javapoet.JavaFile;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.emit.Emitter;
import dev.fluentcrm.codegen.emit.common.JavaSources;
import dev.fluentcrm.codegen.emit.common.JavaTypes;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code model} output: a record or open enumeration per type of the API, and a record of
 * the query parameters of each operation that has some, all in {@code <package>.model}. The
 * client, the server stubs and the fixtures all refer to these classes.
 */
public final class ModelEmitter implements Emitter {
    @Override
    public List<GeneratedFile> emit(Api api, GeneratorOptions options) {
        JavaTypes types = JavaTypes.of(api, options);
        RecordEmitter records = new RecordEmitter(types);
        EnumEmitter enums = new EnumEmitter(types);
        TypeDef.Visitor<JavaFile> definitions = new TypeDef.Visitor<>() {
            @Override
            public JavaFile record(TypeDef.RecordDef record) {
                return records.emit(record);
            }

            @Override
            public JavaFile enumeration(TypeDef.EnumDef enumeration) {
                return enums.emit(enumeration);
            }
        };
        List<JavaFile> files = new ArrayList<>();
        for (TypeDef type : api.ownTypes()) {
            files.add(type.accept(definitions));
        }
        for (ApiModule module : api.modules()) {
            for (Operation operation : module.operations()) {
                if (operation.paramsTypeName() != null) {
                    files.add(records.emit(ParamsRecords.record(operation)));
                }
            }
        }
        return JavaSources.render(files);
    }
}
