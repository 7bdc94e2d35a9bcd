package dev.fluentcrm.codegen.emit.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.TypeSpec;
import dev.fluentcrm.codegen.emit.common.GeneratedAnnotation;
import dev.fluentcrm.codegen.emit.common.JavaSources;
import dev.fluentcrm.codegen.emit.common.JavaTypes;
import dev.fluentcrm.codegen.emit.common.Javadoc;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Parameter;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits a module's service interface ({@code ContactsService}): one method per operation, typed
 * with the client's own models, each answering 501 until implemented, so a server implements
 * only what it needs.
 */
public final class ServiceEmitter {
    private final JavaTypes types;
    private final String serverPackage;

    public ServiceEmitter(JavaTypes types, String serverPackage) {
        this.types = types;
        this.serverPackage = serverPackage;
    }

    public JavaFile emit(ApiModule module) {
        ClassName name = ServerTypes.service(serverPackage, module);
        String description = Javadoc.html(module.description());
        TypeSpec.Builder spec = TypeSpec.interfaceBuilder(name)
                .addJavadoc(
                        "The $L operations of FluentCRM, as a server implements them$L\n\n"
                                + "<p>Every method answers 501 until overridden. Throw {@link $T} to answer with an error.\n",
                        module.tag(),
                        description.isEmpty() ? "." : ": " + description,
                        ServerTypes.API_ERROR)
                .addAnnotation(GeneratedAnnotation.by(ServiceEmitter.class))
                .addModifiers(Modifier.PUBLIC);
        for (Operation operation : module.operations()) {
            spec.addMethod(method(operation));
        }
        return JavaSources.file(serverPackage, spec.build());
    }

    private MethodSpec method(Operation operation) {
        MethodSpec.Builder method = MethodSpec.methodBuilder(operation.javaName())
                .addModifiers(Modifier.PUBLIC, Modifier.DEFAULT)
                .addJavadoc(javadoc(operation))
                .addParameters(parameters(operation, types))
                .addStatement("throw $T.notImplemented($S)", ServerTypes.API_ERROR, operation.operationId());
        if (!operation.response().isNone()) {
            method.returns(types.of(operation.response()));
        }
        return method.build();
    }

    /** Path parameters in path order, then the body, then the query parameter record: the client's order. */
    static List<ParameterSpec> parameters(Operation operation, JavaTypes types) {
        List<ParameterSpec> parameters = new ArrayList<>();
        for (Parameter parameter : operation.pathParameters()) {
            parameters.add(ParameterSpec.builder(types.of(parameter.type()), parameter.javaName())
                    .build());
        }
        if (operation.body() != null) {
            parameters.add(ParameterSpec.builder(types.of(operation.body().type()), "body")
                    .build());
        }
        if (operation.paramsTypeName() != null) {
            parameters.add(ParameterSpec.builder(types.model(operation.paramsTypeName()), "params")
                    .build());
        }
        return parameters;
    }

    private static CodeBlock javadoc(Operation operation) {
        CodeBlock.Builder doc = CodeBlock.builder();
        Javadoc.operationIntro(doc, operation);
        doc.add("\n<p>{@code $L $L}", operation.method(), operation.path());
        if (operation.isPaged() && !operation.responsePointer().isEmpty()) {
            doc.add(
                    "; the page is sent as {@code $L} of the answer",
                    operation.responsePointer().substring(1));
        }
        doc.add(".\n");
        Javadoc.operationNeeds(doc, operation);
        doc.add("\n");
        for (Parameter parameter : operation.pathParameters()) {
            String text = Javadoc.oneLine(parameter.description());
            doc.add(
                    "@param $L $L\n",
                    parameter.javaName(),
                    text.isEmpty() ? "the {@code " + parameter.wireName() + "} path parameter" : text);
        }
        if (operation.body() != null) {
            String text = Javadoc.oneLine(operation.body().description());
            doc.add("@param body $L\n", text.isEmpty() ? "the request body, validated against the spec" : text);
        }
        if (operation.paramsTypeName() != null) {
            doc.add("@param params the query parameters, validated against the spec\n");
        }
        if (!operation.response().isNone()) {
            doc.add("@return the answer, sent as JSON with status $L\n", operation.successStatus());
        }
        doc.add("@throws $T to answer with an error instead\n", ServerTypes.API_ERROR);
        return doc.build();
    }
}
