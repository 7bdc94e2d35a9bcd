package dev.fluentcrm.codegen.emit.docs;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.fluentcrm.codegen.emit.client.ModuleEmitter;
import dev.fluentcrm.codegen.emit.common.JavaTypes;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.TypeDef;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import javax.lang.model.element.Modifier;

/**
 * The public methods the client has for each operation, read from what {@link ModuleEmitter}
 * emits rather than rebuilt here, so the reference can never show a signature the client lacks.
 */
final class JavaSignatures {
    private final ModuleEmitter emitter;

    JavaSignatures(Api api, String basePackage, String modelPackage) {
        Map<String, TypeDef> typesByName = new HashMap<>();
        api.types().forEach(type -> typesByName.put(type.name(), type));
        this.emitter = new ModuleEmitter(new JavaTypes(modelPackage), basePackage, typesByName);
    }

    /** One method of the client, as a reader sees it. */
    record Method(String name, String returnType, List<String> parameterTypes, String text) {}

    /** The public methods of {@code module}'s class, by operation: the plain form(s), WithResponse and Async. */
    Map<Operation, List<Method>> of(ApiModule module) {
        List<MethodSpec> methods = emitter.emit(module).typeSpec().methodSpecs();
        Map<Operation, List<Method>> result = new HashMap<>();
        for (Operation operation : module.operations()) {
            List<Method> forms = new ArrayList<>();
            for (MethodSpec method : methods) {
                String name = method.name();
                boolean ofOperation = name.equals(operation.javaName())
                        || name.equals(operation.javaName() + "WithResponse")
                        || name.equals(operation.javaName() + "Async");
                if (ofOperation && method.modifiers().contains(Modifier.PUBLIC)) {
                    forms.add(method(method));
                }
            }
            result.put(operation, List.copyOf(forms));
        }
        return result;
    }

    private static Method method(MethodSpec method) {
        String returns = method.returnType() == null ? "void" : simple(method.returnType());
        List<String> types =
                method.parameters().stream().map(p -> simple(p.type())).toList();
        String parameters = method.parameters().stream()
                .map(p -> simple(p.type()) + " " + p.name())
                .collect(Collectors.joining(", "));
        return new Method(method.name(), returns, types, returns + " " + method.name() + "(" + parameters + ")");
    }

    /** {@code java.util.List<dev.fluentcrm.client.model.Tag>} -> {@code List<Tag>}. */
    static String simple(TypeName type) {
        return type.toString().replaceAll("\\b[a-z][a-z0-9_]*\\.", "");
    }
}
