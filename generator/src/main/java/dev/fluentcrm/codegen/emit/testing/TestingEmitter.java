package dev.fluentcrm.codegen.emit.testing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.emit.Emitter;
import dev.fluentcrm.codegen.emit.common.GeneratedAnnotation;
import dev.fluentcrm.codegen.emit.common.JavaSources;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.Modifier;

/**
 * The {@code testing} output: what binds the hand-written mock of {@code fluentcrm-testing-runtime}
 * to this spec and this client, in the testing package ({@code <package>.testing} unless set): {@code MockFluentCrm} (the spec's
 * routes, schemas and fixtures, overlay operations included, and a client of the mock) and
 * {@code MockFluentCrmExtension}, which hands a fresh mock and its client to JUnit 5 tests.
 */
public final class TestingEmitter implements Emitter {
    static final String MOCK = "MockFluentCrm";
    static final String EXTENSION = "MockFluentCrmExtension";
    private static final ClassName MOCK_SERVER = ClassName.get("dev.fluentcrm.testing", "MockServer");
    private static final ClassName ROUTER = ClassName.get("dev.fluentcrm.server.route", "Router");
    private static final ClassName ROUTE = ClassName.get("dev.fluentcrm.server.route", "Route");
    private static final ClassName RETRY_POLICY = ClassName.get("dev.fluentcrm.runtime.http", "RetryPolicy");
    private static final String JUNIT = "org.junit.jupiter.api.extension";
    private static final ClassName EXTENSION_CONTEXT = ClassName.get(JUNIT, "ExtensionContext");
    private static final ClassName PARAMETER_CONTEXT = ClassName.get(JUNIT, "ParameterContext");

    @Override
    public List<GeneratedFile> emit(Api api, GeneratorOptions options) {
        String testing = options.testingPackage();
        // An extension is reached through the prebuilt SDK's client, and its mock serves that SDK's operations too.
        String clientPackage = options.extendsSdk() ? options.extendedPackage() : options.basePackage();
        ClassName client = ClassName.get(clientPackage, "FluentCrmClient");
        ClassName mock = ClassName.get(testing, MOCK);
        return JavaSources.render(List.of(
                JavaSources.file(testing, mock(api, options, mock, client)),
                JavaSources.file(testing, extension(mock, client))));
    }

    private static TypeSpec mock(Api api, GeneratorOptions options, ClassName mock, ClassName client) {
        ClassName builder = mock.nestedClass("Builder");
        ClassName router = ClassName.get(options.basePackage() + ".server", "FluentCrmRouter");
        ClassName fixtures = ClassName.get(options.basePackage() + ".fixtures", "Fixtures");
        TypeSpec.Builder spec = TypeSpec.classBuilder(mock);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(boolean.class, "stateful")
                .addParameter(int.class, "maxBodyBytes");
        String operations;
        if (options.extendsSdk()) {
            ClassName baseRouter = ClassName.get(options.extendedPackage() + ".server", "FluentCrmRouter");
            ClassName baseFixtures = ClassName.get(options.extendedPackage() + ".fixtures", "Fixtures");
            List<String> own = api.modules().stream()
                    .flatMap(module -> module.operations().stream())
                    .map(operation -> operation.operationId())
                    .sorted()
                    .toList();
            operations =
                    "operation of the prebuilt SDK and each of the " + api.operationCount() + " this extension adds";
            spec.addField(FieldSpec.builder(
                            ParameterizedTypeName.get(Set.class, String.class),
                            "OWN",
                            Modifier.PRIVATE,
                            Modifier.STATIC,
                            Modifier.FINAL)
                    .addJavadoc("The operations this extension adds; every other one is the prebuilt SDK's.\n")
                    .initializer(
                            "$T.of($L)",
                            Set.class,
                            own.stream().map(id -> CodeBlock.of("$S", id)).collect(CodeBlock.joining(",$W")))
                    .build());
            spec.addMethod(MethodSpec.methodBuilder("routes")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(ParameterizedTypeName.get(ClassName.get(List.class), ROUTE))
                    .addStatement(
                            "$T<$T> routes = new $T<>($T.builder().routes())",
                            List.class,
                            ROUTE,
                            ArrayList.class,
                            baseRouter)
                    .addStatement("routes.addAll($T.builder().routes())", router)
                    .addStatement("return routes")
                    .build());
            spec.addMethod(MethodSpec.methodBuilder("fixture")
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(String.class)
                    .addParameter(String.class, "operationId")
                    .addStatement(
                            "return OWN.contains(operationId) ? $T.responseJson(operationId) :"
                                    + " $T.responseJson(operationId)",
                            fixtures,
                            baseFixtures)
                    .build());
            constructor.addStatement(
                    "super(new Spec(routes(),$W$T.schemas(),$W$T::fixture,$Wstateful,$WmaxBodyBytes))", router, mock);
        } else {
            operations = "of the spec's " + api.operationCount() + " operations";
            constructor.addStatement(
                    "super(new Spec($T.builder().routes(),$W$T.schemas(),$W$T::responseJson,$Wstateful,"
                            + "$WmaxBodyBytes))",
                    router,
                    router,
                    fixtures);
        }
        return spec.addJavadoc("""
                        A $L site on 127.0.0.1 for tests: each $L answers with its fixture,
                        every request is validated against the spec and recorded, and any answer can be overridden.
                        A stateful mock ({@link #startStateful()}) keeps contacts, notes, tags, lists and companies in
                        memory and answers their operations as FluentCRM does.

                        <pre>{@code
                        try (MockFluentCrm mock = MockFluentCrm.start()) {
                            FluentCrmClient crm = mock.client();
                            ...
                        }
                        }</pre>
                        """, api.title(), operations)
                .addAnnotation(GeneratedAnnotation.by(TestingEmitter.class))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(MOCK_SERVER, mock))
                .addMethod(constructor.build())
                .addMethod(MethodSpec.methodBuilder("start")
                        .addJavadoc("A stateless mock on a free port.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(mock)
                        .addStatement("return builder().start()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("startStateful")
                        .addJavadoc("A mock whose contacts, notes, tags, lists and companies are kept in memory.\n")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(mock)
                        .addStatement("return builder().stateful(true).start()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(builder)
                        .addStatement("return new Builder()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("self")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PROTECTED)
                        .returns(mock)
                        .addStatement("return this")
                        .build())
                .addMethod(MethodSpec.methodBuilder("client")
                        .addJavadoc("A client of this mock with its credentials and no retries (a retried call would be"
                                + " recorded twice).\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(client)
                        .addStatement(
                                "return $T.builder()$Z.siteUrl(siteUrl())$Z.applicationPassword(USER, PASSWORD)"
                                        + "$Z.retryPolicy($T.none())$Z.build()",
                                client,
                                RETRY_POLICY)
                        .build())
                .addType(TypeSpec.classBuilder(builder)
                        .addJavadoc("Configures a {@link $T}.\n", mock)
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                        .addField(boolean.class, "stateful", Modifier.PRIVATE)
                        .addField(FieldSpec.builder(int.class, "maxBodyBytes", Modifier.PRIVATE)
                                .initializer("$T.DEFAULT_MAX_BODY_BYTES", ROUTER)
                                .build())
                        .addMethod(MethodSpec.constructorBuilder()
                                .addModifiers(Modifier.PRIVATE)
                                .build())
                        .addMethod(MethodSpec.methodBuilder("stateful")
                                .addJavadoc("Keep contacts, notes, tags, lists and companies in memory.\n")
                                .addModifiers(Modifier.PUBLIC)
                                .returns(builder)
                                .addParameter(boolean.class, "stateful")
                                .addStatement("this.stateful = stateful")
                                .addStatement("return this")
                                .build())
                        .addMethod(MethodSpec.methodBuilder("maxBodyBytes")
                                .addJavadoc("Refuse bodies larger than this with 413.\n")
                                .addModifiers(Modifier.PUBLIC)
                                .returns(builder)
                                .addParameter(int.class, "limit")
                                .addStatement("this.maxBodyBytes = limit")
                                .addStatement("return this")
                                .build())
                        .addMethod(MethodSpec.methodBuilder("start")
                                .addModifiers(Modifier.PUBLIC)
                                .returns(mock)
                                .addStatement("return new $T(stateful, maxBodyBytes)", mock)
                                .build())
                        .build())
                .build();
    }

    private static TypeSpec extension(ClassName mock, ClassName client) {
        ClassName namespace = EXTENSION_CONTEXT.nestedClass("Namespace");
        ClassName self = ClassName.get(mock.packageName(), EXTENSION);
        return TypeSpec.classBuilder(self)
                .addJavadoc("""
                        Starts a fresh {@link $T} before each test and stops it after, and hands the mock or a
                        client of it to test methods that ask for one.

                        <pre>{@code
                        @ExtendWith(MockFluentCrmExtension.class)
                        class MyTest {
                            @Test
                            void listsContacts(FluentCrmClient crm, MockFluentCrm mock) { ... }
                        }
                        }</pre>

                        <p>Register {@code new MockFluentCrmExtension(true)} with {@code @RegisterExtension} for a
                        stateful mock.
                        """, mock)
                .addAnnotation(GeneratedAnnotation.by(TestingEmitter.class))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addSuperinterface(ClassName.get(JUNIT, "BeforeEachCallback"))
                .addSuperinterface(ClassName.get(JUNIT, "AfterEachCallback"))
                .addSuperinterface(ClassName.get(JUNIT, "ParameterResolver"))
                .addField(FieldSpec.builder(namespace, "NAMESPACE", Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
                        .initializer("$T.create($T.class)", namespace, self)
                        .build())
                .addField(boolean.class, "stateful", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("A stateless mock for each test.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addStatement("this(false)")
                        .build())
                .addMethod(MethodSpec.constructorBuilder()
                        .addJavadoc("A mock for each test, stateful or not.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(boolean.class, "stateful")
                        .addStatement("this.stateful = stateful")
                        .build())
                .addMethod(MethodSpec.methodBuilder("beforeEach")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(EXTENSION_CONTEXT, "context")
                        .addStatement(
                                "context.getStore(NAMESPACE).put($T.class, $T.builder().stateful(stateful).start())",
                                mock,
                                mock)
                        .build())
                .addMethod(MethodSpec.methodBuilder("afterEach")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .addParameter(EXTENSION_CONTEXT, "context")
                        .addStatement(
                                "$T mock = context.getStore(NAMESPACE).remove($T.class, $T.class)", mock, mock, mock)
                        .beginControlFlow("if (mock != null)")
                        .addStatement("mock.close()")
                        .endControlFlow()
                        .build())
                .addMethod(MethodSpec.methodBuilder("supportsParameter")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(boolean.class)
                        .addParameters(resolverParameters())
                        .addStatement("Class<?> type = parameter.getParameter().getType()")
                        .addStatement("return type == $T.class || type == $T.class", mock, client)
                        .build())
                .addMethod(MethodSpec.methodBuilder("resolveParameter")
                        .addAnnotation(Override.class)
                        .addModifiers(Modifier.PUBLIC)
                        .returns(Object.class)
                        .addParameters(resolverParameters())
                        .addStatement("$T mock = context.getStore(NAMESPACE).get($T.class, $T.class)", mock, mock, mock)
                        .addStatement(
                                "return parameter.getParameter().getType() == $T.class ? mock : mock.client()", mock)
                        .build())
                .build();
    }

    private static List<ParameterSpec> resolverParameters() {
        return List.of(
                ParameterSpec.builder(PARAMETER_CONTEXT, "parameter").build(),
                ParameterSpec.builder(EXTENSION_CONTEXT, "context").build());
    }
}
