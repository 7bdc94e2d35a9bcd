package dev.fluentcrm.codegen.emit.client;

import com.palantir.javapoet.JavaFile;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.emit.Emitter;
import dev.fluentcrm.codegen.emit.common.JavaSources;
import dev.fluentcrm.codegen.emit.common.JavaTypes;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The {@code client} output: one class per module ({@code ContactsApi}) and {@code FluentCrmClient}
 * in {@code <package>}, typed with the models of the {@code model} output. When the generation
 * extends a prebuilt SDK, only the module classes, each with a public constructor taking the
 * prebuilt client's executor.
 */
public final class ClientEmitter implements Emitter {
    @Override
    public List<GeneratedFile> emit(Api api, GeneratorOptions options) {
        JavaTypes types = JavaTypes.of(api, options);
        Map<String, TypeDef> typesByName = new HashMap<>();
        api.types().forEach(type -> typesByName.put(type.name(), type));
        ModuleEmitter modules = new ModuleEmitter(types, options.basePackage(), typesByName, options.extendsSdk());
        List<JavaFile> files = new ArrayList<>();
        for (ApiModule module : api.modules()) {
            files.add(modules.emit(module));
        }
        if (!options.extendsSdk()) {
            // An extension's modules are reached through the prebuilt client: crm.extension(LoyaltyApi::new).
            files.add(new FluentCrmClientEmitter(options.basePackage()).emit(api));
        }
        return JavaSources.render(files);
    }
}
