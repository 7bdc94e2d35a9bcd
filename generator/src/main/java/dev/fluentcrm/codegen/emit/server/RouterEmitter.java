package dev.fluentcrm.codegen.emit.server;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.fluentcrm.codegen.emit.common.GeneratedAnnotation;
import dev.fluentcrm.codegen.emit.common.JavaSources;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * Emits {@code FluentCrmRouter}: one setter per module service (each defaulting to a service that
 * answers 501 everywhere), and the routes and schemas of the whole API for the runtime's router.
 */
public final class RouterEmitter {
    public static final String ROUTER_NAME = "FluentCrmRouter";

    private final String serverPackage;
    private final ClassName extendedRouter;

    public RouterEmitter(String serverPackage) {
        this(serverPackage, null);
    }

    /**
     * A router of the modules given to {@link #emit}; with {@code extendedRouter} (the router of
     * the prebuilt SDK an extension adds to), its schemas start from that router's, which the
     * extension's requests may refer to.
     */
    public RouterEmitter(String serverPackage, ClassName extendedRouter) {
        this.serverPackage = serverPackage;
        this.extendedRouter = extendedRouter;
    }

    /** {@code withSchemas} lists the modules that have a schemas class. */
    public JavaFile emit(Api api, Set<String> withSchemas) {
        ClassName router = ClassName.get(serverPackage, ROUTER_NAME);
        // The example sets a service this API really has: contacts when there are any, else the first module's.
        ApiModule example = api.modules().stream()
                .filter(m -> m.accessor().equals("contacts"))
                .findFirst()
                .orElse(api.modules().isEmpty() ? null : api.modules().get(0));
        String exampleCall = example == null
                ? ""
                : "        ." + example.accessor() + "(new My" + ServerTypes.stem(example) + "())\n";
        TypeSpec.Builder spec = TypeSpec.classBuilder(router)
                .addJavadoc(
                        "Binds services to the routes of the $L.\n\n<pre>{@code\n"
                                + "Router router = $L.builder()\n"
                                + "$L"
                                + "        .router()\n"
                                + "        .authenticator(ApplicationPasswords.of(\"admin\", \"abcd efgh ijkl mnop\"))\n"
                                + "        .build();\n"
                                + "FluentCrmHttpServer server = FluentCrmHttpServer.start(router);\n"
                                + "}</pre>\n\n<p>Modules without a service answer 501 to each of their operations.\n",
                        api.title(),
                        ROUTER_NAME,
                        exampleCall)
                .addAnnotation(GeneratedAnnotation.by(RouterEmitter.class))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(router.nestedClass("Builder"))
                        .addStatement("return new Builder()")
                        .build())
                .addMethod(schemas(api, withSchemas))
                .addType(builder(api, router.nestedClass("Builder")));
        return JavaSources.file(serverPackage, spec.build());
    }

    private MethodSpec schemas(Api api, Set<String> withSchemas) {
        MethodSpec.Builder method = MethodSpec.methodBuilder("schemas")
                .addJavadoc("The schemas every request body and parameter refers to, by name.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ServerTypes.SCHEMA_REGISTRY);
        if (extendedRouter == null) {
            method.addStatement("$1T registry = new $1T()", ServerTypes.SCHEMA_REGISTRY);
        } else {
            method.addStatement("$T registry = $T.schemas()", ServerTypes.SCHEMA_REGISTRY, extendedRouter);
        }
        for (ApiModule module : api.modules()) {
            if (withSchemas.contains(module.tag())) {
                method.addStatement("$T.define(registry)", ServerTypes.schemas(serverPackage, module));
            }
        }
        return method.addStatement("return registry").build();
    }

    private TypeSpec builder(Api api, ClassName builder) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addJavadoc("Collects the services; unset ones answer 501.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        List<CodeBlock> routeLists = new ArrayList<>();
        for (ApiModule module : api.modules()) {
            ClassName service = ServerTypes.service(serverPackage, module);
            String field = module.accessor();
            spec.addField(FieldSpec.builder(service, field, Modifier.PRIVATE)
                    .initializer("new $T() {\n}", service)
                    .build());
            spec.addMethod(MethodSpec.methodBuilder(field)
                    .addJavadoc("The service answering the $L operations.\n", module.tag())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builder)
                    .addParameter(service, "service")
                    .addStatement("this.$N = $T.requireNonNull(service, $S)", field, Objects.class, field)
                    .addStatement("return this")
                    .build());
            routeLists.add(
                    CodeBlock.of("routes.addAll($T.routes($N));\n", ServerTypes.routes(serverPackage, module), field));
        }
        CodeBlock.Builder body = CodeBlock.builder()
                .addStatement("$T<$T> routes = new $T<>()", List.class, ServerTypes.ROUTE, ArrayList.class);
        routeLists.forEach(body::add);
        spec.addMethod(MethodSpec.methodBuilder("routes")
                .addJavadoc("Every route of the API, bound to the services set so far.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ParameterizedTypeName.get(ClassName.get(List.class), ServerTypes.ROUTE))
                .addCode(body.addStatement("return routes").build())
                .build());
        spec.addMethod(MethodSpec.methodBuilder("router")
                .addJavadoc(
                        "A router builder with these routes and the API's schemas; add an authenticator and build it.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(ServerTypes.ROUTER.nestedClass("Builder"))
                .addStatement("return $T.builder().routes(routes()).schemas(schemas())", ServerTypes.ROUTER)
                .build());
        return spec.build();
    }
}
