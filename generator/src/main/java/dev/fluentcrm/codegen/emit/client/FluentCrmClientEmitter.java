package dev.fluentcrm.codegen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import com.palantir.javapoet.TypeVariableName;
import dev.fluentcrm.codegen.emit.common.GeneratedAnnotation;
import dev.fluentcrm.codegen.emit.common.JavaSources;
import dev.fluentcrm.codegen.emit.common.JavaTypes;
import dev.fluentcrm.codegen.emit.common.Javadoc;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import java.net.http.HttpClient;
import java.time.Duration;
import javax.lang.model.element.Modifier;

/** Emits {@code FluentCrmClient}: the builder, and one accessor per module. */
public final class FluentCrmClientEmitter {
    public static final String CLIENT_NAME = "FluentCrmClient";

    private final String apiPackage;

    public FluentCrmClientEmitter(String apiPackage) {
        this.apiPackage = apiPackage;
    }

    public JavaFile emit(Api api) {
        ClassName client = ClassName.get(apiPackage, CLIENT_NAME);
        ClassName builder = client.nestedClass("Builder");
        TypeSpec.Builder spec = TypeSpec.classBuilder(client)
                .addJavadoc(
                        "A client of the $L $L.\n\n<pre>{@code\n"
                                + "FluentCrmClient client = FluentCrmClient.builder()\n"
                                + "        .siteUrl(\"https://example.com\")\n"
                                + "        .applicationPassword(\"admin\", \"abcd efgh ijkl mnop qrst uvwx\")\n"
                                + "        .build();\n"
                                + "}</pre>\n\n<p>One client per site; it is thread-safe and meant to be shared.\n",
                        Javadoc.oneLine(api.title()),
                        Javadoc.oneLine(api.version()))
                .addAnnotation(GeneratedAnnotation.by(FluentCrmClientEmitter.class))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(JavaTypes.API_EXECUTOR, "executor", Modifier.PRIVATE, Modifier.FINAL);
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(JavaTypes.API_EXECUTOR, "executor")
                .addStatement("this.executor = executor");
        for (ApiModule module : api.modules()) {
            ClassName moduleClass = ClassName.get(apiPackage, module.className());
            spec.addField(moduleClass, module.accessor(), Modifier.PRIVATE, Modifier.FINAL);
            constructor.addStatement("this.$N = new $T(executor)", module.accessor(), moduleClass);
            spec.addMethod(MethodSpec.methodBuilder(module.accessor())
                    .addJavadoc(
                            "The $L operations ($L).\n",
                            Javadoc.oneLine(module.tag()),
                            module.operations().size())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(moduleClass)
                    .addStatement("return $N", module.accessor())
                    .build());
        }
        spec.addMethod(constructor.build());
        spec.addMethod(MethodSpec.methodBuilder("builder")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(builder)
                .addStatement("return new Builder()")
                .build());
        spec.addMethod(MethodSpec.methodBuilder("create")
                .addJavadoc("A client for options built elsewhere.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(client)
                .addParameter(JavaTypes.CLIENT_OPTIONS, "options")
                .addStatement("return new $T(new $T(options))", client, JavaTypes.API_EXECUTOR)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("withOptions")
                .addJavadoc(
                        "This client with {@code options} (timeout, extra headers, retries) applied to every call of\n"
                                + "every module; this one is left as it is. For one module: {@code "
                                + "client.contacts().withOptions(options)}.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(client)
                .addParameter(JavaTypes.REQUEST_OPTIONS, "options")
                .addStatement("return new $T(executor.withOptions(options))", client)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("executor")
                .addJavadoc(
                        "The executor behind the module classes, for calls to endpoints this client does not know.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(JavaTypes.API_EXECUTOR)
                .addStatement("return executor")
                .build());
        TypeVariableName t = TypeVariableName.get("T");
        spec.addMethod(MethodSpec.methodBuilder("extension")
                .addJavadoc("Module classes this client does not have, on its executor (transport, credentials, JSON,\n"
                        + "retries and options): the ones the Maven plugin generates for your overlays\n"
                        + "({@code crm.extension(LoyaltyApi::new)}), or your own.\n\n"
                        + "@param <T> the extension's type\n"
                        + "@param extension how to build it, usually its constructor\n"
                        + "@return the extension, using this client's options\n")
                .addModifiers(Modifier.PUBLIC)
                .addTypeVariable(t)
                .returns(t)
                .addParameter(ParameterizedTypeName.get(JavaTypes.CLIENT_EXTENSION, t), "extension")
                .addStatement("return extension.create(executor)")
                .build());
        spec.addType(builder(client, builder));
        return JavaSources.file(apiPackage, spec.build());
    }

    private static TypeSpec builder(ClassName client, ClassName builder) {
        TypeSpec.Builder spec = TypeSpec.classBuilder(builder)
                .addJavadoc(
                        "Configures a {@link $T}; see {@link $T.Builder} for each setting.\n",
                        client,
                        JavaTypes.CLIENT_OPTIONS)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .addField(JavaTypes.CLIENT_OPTIONS.nestedClass("Builder"), "options", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .addStatement("options = $T.builder()", JavaTypes.CLIENT_OPTIONS)
                        .build());
        delegate(
                spec,
                builder,
                "siteUrl",
                "The WordPress site, such as {@code https://example.com}; a URL ending in\n"
                        + "{@code /wp-json/fluent-crm/v2} is taken as the API root, any other REST API URL is refused.",
                String.class,
                "siteUrl");
        delegate(
                spec,
                builder,
                "apiRoot",
                "The API root itself, when it is not {@code <site>/wp-json/fluent-crm/v2}.",
                String.class,
                "apiRoot");
        spec.addMethod(MethodSpec.methodBuilder("applicationPassword")
                .addJavadoc("A WordPress user and one of its Application Passwords.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(String.class, "user")
                .addParameter(String.class, "password")
                .addStatement("options.applicationPassword(user, password)")
                .addStatement("return this")
                .build());
        delegate(spec, builder, "connectTimeout", "How long to wait for a connection.", Duration.class, "timeout");
        delegate(spec, builder, "requestTimeout", "How long one attempt may take.", Duration.class, "timeout");
        delegate(
                spec,
                builder,
                "retryPolicy",
                "When to retry; {@code RetryPolicy.none()} turns retries off.",
                JavaTypes.RETRY_POLICY,
                "policy");
        delegate(
                spec,
                builder,
                "userAgent",
                "The {@code User-Agent} header; {@code fluentcrm-java/<version>} by default.",
                String.class,
                "userAgent");
        spec.addMethod(MethodSpec.methodBuilder("defaultHeader")
                .addJavadoc("A header sent with every request; per-call headers ({@code withOptions}) win on the same"
                        + " name.\n")
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(String.class, "name")
                .addParameter(String.class, "value")
                .addStatement("options.defaultHeader(name, value)")
                .addStatement("return this")
                .build());
        delegate(
                spec,
                builder,
                "httpListener",
                "Sees every request and response, secrets hidden, such as {@code HttpListener.logTo(System.err::println)}.",
                JavaTypes.HTTP_LISTENER,
                "listener");
        delegate(
                spec,
                builder,
                "httpClient",
                "Your own {@link HttpClient} (proxy, TLS, executor).",
                HttpClient.class,
                "httpClient");
        delegate(
                spec,
                builder,
                "allowInsecureHttp",
                "Allow the password over plain http to another host.",
                boolean.class,
                "allow");
        spec.addMethod(MethodSpec.methodBuilder("build")
                .addModifiers(Modifier.PUBLIC)
                .returns(client)
                .addStatement("return create(options.build())")
                .build());
        return spec.build();
    }

    private static void delegate(
            TypeSpec.Builder spec, ClassName builder, String name, String doc, Class<?> type, String parameter) {
        delegate(spec, builder, name, doc, TypeName.get(type), parameter);
    }

    private static void delegate(
            TypeSpec.Builder spec, ClassName builder, String name, String doc, TypeName type, String parameter) {
        spec.addMethod(MethodSpec.methodBuilder(name)
                .addJavadoc(CodeBlock.of("$L\n", doc))
                .addModifiers(Modifier.PUBLIC)
                .returns(builder)
                .addParameter(type, parameter)
                .addStatement("options.$N($N)", name, parameter)
                .addStatement("return this")
                .build());
    }
}
