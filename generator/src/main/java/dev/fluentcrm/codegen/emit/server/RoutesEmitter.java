package dev.fluentcrm.codegen.emit.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.fluentcrm.codegen.emit.common.GeneratedAnnotation;
import dev.fluentcrm.codegen.emit.common.JavaSources;
import dev.fluentcrm.codegen.emit.common.JavaTypes;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a module's routes ({@code ContactsRoutes}): per operation, the method and path template,
 * each parameter and the body with its schema (what the router validates), and a handler that
 * binds the validated request to the service method.
 */
public final class RoutesEmitter {
    private final JavaTypes types;
    private final String serverPackage;

    public RoutesEmitter(JavaTypes types, String serverPackage) {
        this.types = types;
        this.serverPackage = serverPackage;
    }

    public JavaFile emit(ApiModule module) {
        ClassName service = ServerTypes.service(serverPackage, module);
        // Continuation lines are two indents deeper, as in hand-written code.
        CodeBlock.Builder list =
                CodeBlock.builder().add("return $T.of(", List.class).indent().indent();
        for (int i = 0; i < module.operations().size(); i++) {
            list.add(i == 0 ? "\n$L" : ",\n$L", route(module.operations().get(i)));
        }
        list.unindent().unindent().add(");\n");
        TypeSpec spec = TypeSpec.classBuilder(ServerTypes.routes(serverPackage, module))
                .addJavadoc("The routes of the $L module, bound to a {@link $T}.\n", module.tag(), service)
                .addAnnotation(GeneratedAnnotation.by(RoutesEmitter.class))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("routes")
                        .addJavadoc("One route per operation, in the spec's order, answered by {@code service}.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(ParameterizedTypeName.get(ClassName.get(List.class), ServerTypes.ROUTE))
                        .addParameter(service, "service")
                        .addCode(list.build())
                        .build())
                .build();
        return JavaSources.file(serverPackage, spec);
    }

    private CodeBlock route(Operation operation) {
        CodeBlock.Builder code = CodeBlock.builder()
                .add(
                        "$T.builder($S, $S, $S)",
                        ServerTypes.ROUTE,
                        operation.method(),
                        operation.path(),
                        operation.operationId())
                .indent()
                .indent();
        for (Parameter parameter : operation.parameters()) {
            CodeBlock schema = SchemaCode.of(parameter.type(), parameter.constraints());
            code.add(
                    switch (parameter.location()) {
                        case PATH -> CodeBlock.of("\n.pathParam($S, $L)", parameter.wireName(), schema);
                        case QUERY ->
                            CodeBlock.of("\n.query($S, $L, $L)", parameter.wireName(), schema, parameter.required());
                        case HEADER ->
                            CodeBlock.of("\n.header($S, $L, $L)", parameter.wireName(), schema, parameter.required());
                    });
        }
        Operation.RequestBody body = operation.body();
        if (body != null) {
            CodeBlock schema = SchemaCode.of(body.type(), null);
            if (body.encoding() == Operation.Encoding.JSON) {
                code.add("\n.body($L, $L)", schema, body.required());
            } else {
                code.add(
                        "\n.body($L, $L, $T.$L)",
                        schema,
                        body.required(),
                        ServerTypes.ROUTE_BODY_ENCODING,
                        body.encoding().name());
            }
        }
        if (!operation.secured()) {
            code.add("\n.publicAccess()");
        }
        if (operation.successStatus() != 200) {
            code.add("\n.status($L)", operation.successStatus());
        }
        if (operation.isPaged() && !operation.responsePointer().isEmpty()) {
            code.add("\n.pagedAt($S)", operation.responsePointer());
        }
        CodeBlock call = CodeBlock.of("service.$N($Z$L)", operation.javaName(), arguments(operation));
        if (operation.response().isNone()) {
            code.add("\n.handle(call -> {\n$>$L;\nreturn null;\n$<})", call);
        } else {
            code.add("\n.handle(call -> $L)", call);
        }
        return code.unindent().unindent().build();
    }

    private CodeBlock arguments(Operation operation) {
        List<CodeBlock> arguments = new ArrayList<>();
        for (Parameter parameter : operation.pathParameters()) {
            arguments.add(CodeBlock.of("call.path($S, $T.class)", parameter.wireName(), types.of(parameter.type())));
        }
        if (operation.body() != null) {
            TypeName type = types.of(operation.body().type());
            arguments.add(
                    JavaTypes.isGeneric(type)
                            ? CodeBlock.of("call.body(new $T<$T>() {})", JavaTypes.TYPE_REFERENCE, type)
                            : CodeBlock.of("call.body($T.class)", type));
        }
        if (operation.paramsTypeName() != null) {
            arguments.add(CodeBlock.of("call.params($T.class)", types.model(operation.paramsTypeName())));
        }
        return CodeBlock.join(arguments, ",$W");
    }
}
