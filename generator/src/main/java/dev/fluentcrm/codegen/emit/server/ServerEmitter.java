package dev.fluentcrm.codegen.emit.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.JavaFile;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.emit.Emitter;
import dev.fluentcrm.codegen.emit.common.JavaSources;
import dev.fluentcrm.codegen.emit.common.JavaTypes;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Parameter;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The {@code server} output: per module a service interface, its routes and the schemas its
 * requests need, into {@code <package>.server}, plus {@code FluentCrmRouter}. The code is typed
 * with the models of the {@code model} output and runs on the server runtime; it needs no client.
 */
public final class ServerEmitter implements Emitter {
    @Override
    public List<GeneratedFile> emit(Api api, GeneratorOptions options) {
        String serverPackage = options.basePackage() + ".server";
        JavaTypes types = JavaTypes.of(api, options);
        Map<String, TypeDef> typesByName = new HashMap<>();
        api.types().forEach(type -> typesByName.put(type.name(), type));
        ServiceEmitter services = new ServiceEmitter(types, serverPackage);
        RoutesEmitter routes = new RoutesEmitter(types, serverPackage);
        SchemasEmitter schemas = new SchemasEmitter(serverPackage);
        List<JavaFile> files = new ArrayList<>();
        // The prebuilt SDK's router already defines the schemas of its types.
        Set<String> defined = new HashSet<>(api.providedTypes());
        Set<String> withSchemas = new HashSet<>();
        for (ApiModule module : api.modules()) {
            files.add(services.emit(module));
            files.add(routes.emit(module));
            List<TypeDef> firstUsed = new ArrayList<>();
            for (String name : requestTypes(module, typesByName)) {
                if (defined.add(name)) {
                    firstUsed.add(typesByName.get(name));
                }
            }
            if (!firstUsed.isEmpty()) {
                files.add(schemas.emit(module, firstUsed));
                withSchemas.add(module.tag());
            }
        }
        ClassName extended = options.extendsSdk()
                ? ClassName.get(options.extendedPackage() + ".server", RouterEmitter.ROUTER_NAME)
                : null;
        files.add(new RouterEmitter(serverPackage, extended).emit(api, withSchemas));
        return JavaSources.render(files);
    }

    /** The named types a module's parameters and bodies refer to, sorted by name. */
    private static Set<String> requestTypes(ApiModule module, Map<String, TypeDef> typesByName) {
        Set<String> names = new TreeSet<>();
        for (Operation operation : module.operations()) {
            for (Parameter parameter : operation.parameters()) {
                SchemaCode.collectNamed(parameter.type(), typesByName, names);
            }
            if (operation.body() != null) {
                SchemaCode.collectNamed(operation.body().type(), typesByName, names);
            }
        }
        names.removeIf(name -> !typesByName.containsKey(name));
        return names;
    }
}
