package dev.fluentcrm.codegen.emit.client;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.fluentcrm.codegen.emit.common.GeneratedAnnotation;
import dev.fluentcrm.codegen.emit.common.JavaSources;
import dev.fluentcrm.codegen.emit.common.JavaTypes;
import dev.fluentcrm.codegen.emit.common.Javadoc;
import dev.fluentcrm.codegen.emit.model.RecordEmitter;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Field;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Parameter;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.model.TypeRef;
import dev.fluentcrm.codegen.naming.JavaNames;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.lang.model.element.Modifier;

/**
 * Emits one module class ({@code ContactsApi}) with, per operation: the plain method, an
 * overload without parameters when they are all optional, {@code ...WithResponse} for status,
 * headers and raw body, and {@code ...Async}. The methods only describe the call; the
 * runtime's {@code ApiExecutor} does the HTTP.
 */
public final class ModuleEmitter {
    private static final ClassName FLUENT_CRM_EXCEPTION =
            ClassName.get("dev.fluentcrm.runtime.error", "FluentCrmException");

    private final JavaTypes types;
    private final String apiPackage;
    private final Map<String, TypeDef> typesByName;
    private final boolean extension;

    public ModuleEmitter(JavaTypes types, String apiPackage, Map<String, TypeDef> typesByName) {
        this(types, apiPackage, typesByName, false);
    }

    /**
     * With {@code extension}, the module extends a prebuilt client: its constructor is public, for
     * {@code crm.extension(LoyaltyApi::new)}, rather than called by a generated {@code FluentCrmClient}.
     */
    public ModuleEmitter(JavaTypes types, String apiPackage, Map<String, TypeDef> typesByName, boolean extension) {
        this.types = types;
        this.apiPackage = apiPackage;
        this.typesByName = typesByName;
        this.extension = extension;
    }

    public JavaFile emit(ApiModule module) {
        String description = Javadoc.html(module.description());
        MethodSpec.Builder constructor = MethodSpec.constructorBuilder()
                .addParameter(JavaTypes.API_EXECUTOR, "executor")
                .addStatement("this.executor = executor");
        if (extension) {
            constructor
                    .addJavadoc("This module on {@code executor}: the one {@code FluentCrmClient.extension(...)} hands"
                            + " over.\n")
                    .addModifiers(Modifier.PUBLIC);
        }
        TypeSpec.Builder spec = TypeSpec.classBuilder(module.className())
                .addJavadoc(
                        "The $L operations of FluentCRM$L\n\n<p>Get it from {@code $L}. Thread-safe.\n",
                        Javadoc.oneLine(module.tag()),
                        description.isEmpty() ? "." : ": " + lowerFirst(description),
                        extension
                                ? "crm.extension(" + module.className() + "::new)"
                                : "FluentCrmClient." + module.accessor() + "()")
                .addAnnotation(GeneratedAnnotation.by(ModuleEmitter.class))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addField(JavaTypes.API_EXECUTOR, "executor", Modifier.PRIVATE, Modifier.FINAL)
                .addMethod(constructor.build())
                .addMethod(withOptions(
                        ClassName.get(apiPackage, module.className()),
                        extension ? "extension(" + module.className() + "::new)" : module.accessor() + "()"));
        // Generic answers decode through one TypeReference constant per type, shared by the module's methods.
        Map<TypeName, String> typeConstants = new HashMap<>();
        List<MethodSpec> methods = new ArrayList<>();
        for (Operation operation : module.operations()) {
            methods.addAll(new OperationMethods(operation, typeConstants).methods());
        }
        typeConstants.entrySet().stream()
                .sorted(Map.Entry.comparingByValue())
                .forEach(entry -> spec.addField(FieldSpec.builder(
                                ParameterizedTypeName.get(JavaTypes.TYPE_REFERENCE, entry.getKey()),
                                entry.getValue(),
                                Modifier.PRIVATE,
                                Modifier.STATIC,
                                Modifier.FINAL)
                        .initializer("$Znew $T<>() {}", JavaTypes.TYPE_REFERENCE)
                        .build()));
        spec.addMethods(methods);
        return JavaSources.file(apiPackage, spec.build());
    }

    /**
     * {@code withOptions(RequestOptions)}: this module with per-call options. One method per module
     * rather than an overload per operation and form keeps the generated code small, and a view
     * composes (auto-paging, the async forms and every later call of the view use the options).
     */
    private static MethodSpec withOptions(ClassName module, String reach) {
        return MethodSpec.methodBuilder("withOptions")
                .addJavadoc(
                        "This module with {@code options} (timeout, extra headers, retries) applied to every call made\n"
                                + "through it, auto-paging included; this one is left as it is.\n\n<pre>{@code\n"
                                + "crm.$L.withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())\n"
                                + "}</pre>\n",
                        reach)
                .addModifiers(Modifier.PUBLIC)
                .returns(module)
                .addParameter(JavaTypes.REQUEST_OPTIONS, "options")
                .addStatement("return new $T(executor.withOptions(options))", module)
                .build();
    }

    /** {@code Page<Contact>} -> {@code PAGE_OF_CONTACT}; {@code Map<String, List<Tag>>} -> {@code MAP_OF_STRING_LIST_OF_TAG}. */
    private static String constantName(TypeName type) {
        String text = type.toString().replaceAll("[a-z0-9_]+\\.", "");
        return JavaNames.constantName(text.replace("<", "Of").replace(",", "").replace(">", ""));
    }

    private static String lowerFirst(String text) {
        return text.isEmpty() ? text : Character.toLowerCase(text.charAt(0)) + text.substring(1);
    }

    /** The methods of one operation. */
    private final class OperationMethods {
        private final Operation operation;
        private final TypeName result;
        private final boolean hasParams;
        private final boolean paramsOptional;
        private final ClassName paramsType;
        private final Map<TypeName, String> typeConstants;

        OperationMethods(Operation operation, Map<TypeName, String> typeConstants) {
            this.operation = operation;
            this.typeConstants = typeConstants;
            this.result = types.of(operation.response());
            this.hasParams = !operation.optionParameters().isEmpty();
            this.paramsOptional = operation.optionParameters().stream().noneMatch(Parameter::required);
            this.paramsType = hasParams ? types.model(operation.paramsTypeName()) : null;
        }

        /** The operation's methods; the public ones deprecated when the operation is. */
        List<MethodSpec> methods() {
            List<MethodSpec> methods = new ArrayList<>();
            for (MethodSpec method : allMethods()) {
                boolean isPublic = method.modifiers().contains(Modifier.PUBLIC);
                methods.add(
                        operation.deprecated() && isPublic
                                ? method.toBuilder()
                                        .addAnnotation(Deprecated.class)
                                        .build()
                                : method);
            }
            return methods;
        }

        private List<MethodSpec> allMethods() {
            List<MethodSpec> all = new ArrayList<>();
            String name = operation.javaName();
            boolean returnsNothing = operation.response().isNone();
            MethodSpec.Builder plain = MethodSpec.methodBuilder(name)
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc(javadoc())
                    .addParameters(parameters(true));
            if (returnsNothing) {
                plain.addStatement("$NWithResponse($L)", name, arguments(true));
            } else {
                plain.returns(result).addStatement("return $NWithResponse($L).value()", name, arguments(true));
            }
            all.add(plain.build());

            if (hasParams && paramsOptional) {
                MethodSpec.Builder noParams = MethodSpec.methodBuilder(name)
                        .addModifiers(Modifier.PUBLIC)
                        .addJavadoc("$L, without optional parameters.\n\n@see #$N\n", sentence(), name)
                        .addParameters(parameters(false));
                CodeBlock call = CodeBlock.of("$N($L$T.builder().build())", name, prefixArguments(), paramsType);
                if (returnsNothing) {
                    noParams.addStatement("$L", call);
                } else {
                    noParams.returns(result).addStatement("return $L", call);
                }
                all.add(noParams.build());
            }

            all.add(MethodSpec.methodBuilder(name + "WithResponse")
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc(
                            "$L, with the status, headers and raw body of the answer.\n\n@see #$N\n", sentence(), name)
                    .addParameters(parameters(true))
                    .returns(ParameterizedTypeName.get(JavaTypes.API_RESPONSE, result))
                    .addCode(withResponseBody())
                    .build());

            all.add(MethodSpec.methodBuilder(name + "Async")
                    .addModifiers(Modifier.PUBLIC)
                    .addJavadoc(
                            "$L, without blocking: the future completes with the value or fails with the exception the\n"
                                    + "blocking form would throw.\n\n@see #$N\n",
                            sentence(),
                            name)
                    .addParameters(parameters(true))
                    .returns(ParameterizedTypeName.get(ClassName.get(CompletableFuture.class), result))
                    .addCode(asyncBody())
                    .build());

            all.add(requestMethod());
            if (operation.isPaged() && pageParameter() != null) {
                all.add(pagingMethod());
            }
            return all;
        }

        private String sentence() {
            return "Like {@link #" + operation.javaName() + "}";
        }

        private CodeBlock withResponseBody() {
            CodeBlock request = CodeBlock.of("$NRequest($L)", operation.javaName(), arguments(true));
            if (operation.response().isNone()) {
                return CodeBlock.builder()
                        .addStatement("return executor.execute($L)", request)
                        .build();
            }
            if (!operation.isPaged()) {
                return CodeBlock.builder()
                        .addStatement("return executor.execute($L,$W$L)", request, typeToken())
                        .build();
            }
            return CodeBlock.builder()
                    .addStatement(
                            "$T response = executor.execute($L,$W$L,$W$S)",
                            ParameterizedTypeName.get(JavaTypes.API_RESPONSE, result),
                            request,
                            typeToken(),
                            operation.responsePointer())
                    .addStatement("return response.withValue($L)", pagingCall("response.value()"))
                    .build();
        }

        private CodeBlock asyncBody() {
            // A supplier, so that invalid arguments fail the future instead of throwing here;
            // valueAsync rather than executeAsync(...).thenApply(...): one method to resolve and
            // no inference after it, which is most of what javac spends on a module's async forms.
            CodeBlock request = CodeBlock.of("() -> $NRequest($L)", operation.javaName(), arguments(true));
            if (operation.response().isNone()) {
                return CodeBlock.builder()
                        .addStatement("return executor.valueAsync($L)", request)
                        .build();
            }
            if (!operation.isPaged()) {
                return CodeBlock.builder()
                        .addStatement("return executor.valueAsync($L,$W$L)", request, typeToken())
                        .build();
            }
            return CodeBlock.builder()
                    .addStatement(
                            "return executor.executeAsync($L,$W$L,$W$S)\n.thenApply(response -> $L)",
                            request,
                            typeToken(),
                            operation.responsePointer(),
                            pagingCall("response.value()"))
                    .build();
        }

        private Parameter pageParameter() {
            return operation.optionParameters().stream()
                    .filter(p -> p.wireName().equals("page"))
                    .filter(p -> p.type() instanceof TypeRef.Scalar scalar && scalar.isWholeNumber())
                    .findFirst()
                    .orElse(null);
        }

        /** Hands a fetched page to the paging helper, or as it is when the call takes no page number. */
        private CodeBlock pagingCall(String page) {
            if (pageParameter() == null) {
                return CodeBlock.of("$L", page);
            }
            return CodeBlock.of("$NPaging($L, $L)", operation.javaName(), page, arguments(true));
        }

        /** A private helper that lets a page fetch its followers by repeating the call with another page number. */
        private MethodSpec pagingMethod() {
            Parameter pageParameter = pageParameter();
            boolean isLong = ((TypeRef.Scalar) pageParameter.type()).kind() == TypeRef.ScalarKind.LONG;
            List<ParameterSpec> parameters = new ArrayList<>();
            parameters.add(ParameterSpec.builder(result, "page").build());
            parameters.addAll(parameters(true));
            return MethodSpec.methodBuilder(operation.javaName() + "Paging")
                    .addModifiers(Modifier.PRIVATE)
                    .addParameters(parameters)
                    .returns(result)
                    .addStatement(
                            "return page == null ? null$W: page.withFetcher(number -> $N($Lparams.toBuilder().$N($L).build()))",
                            operation.javaName(),
                            prefixArguments(),
                            pageParameter.javaName(),
                            isLong ? "(long) number" : "number")
                    .build();
        }

        private CodeBlock typeToken() {
            if (JavaTypes.isGeneric(result)) {
                return CodeBlock.of("$N", typeConstants.computeIfAbsent(result, ModuleEmitter::constantName));
            }
            return CodeBlock.of("$T.class", result);
        }

        private MethodSpec requestMethod() {
            CodeBlock.Builder code = CodeBlock.builder();
            if (operation.body() != null && operation.body().required()) {
                code.beginControlFlow("if (body == null)")
                        .addStatement(
                                "throw new $T($Z$S)",
                                IllegalArgumentException.class,
                                operation.operationId() + " needs a request body")
                        .endControlFlow();
            }
            if (hasParams) {
                code.beginControlFlow("if (params == null)")
                        .addStatement(
                                "throw new $T($Z$S)",
                                IllegalArgumentException.class,
                                operation.operationId() + ": params must not be null (use " + paramsType.simpleName()
                                        + ".builder().build())")
                        .endControlFlow();
            }
            // Continuation lines are two indents deeper, as in hand-written code.
            code.add("return $T.builder($S, $S)", JavaTypes.API_REQUEST, operation.method(), operation.path())
                    .indent()
                    .indent();
            for (Parameter parameter : operation.parameters()) {
                switch (parameter.location()) {
                    case PATH:
                        code.add("\n.path($S, $N)", parameter.wireName(), parameter.javaName());
                        break;
                    case QUERY:
                        TypeRef.FlagEncoding flag = flagEncoding(parameter.type());
                        if (flag == TypeRef.FlagEncoding.ONE_ZERO) {
                            code.add("\n.queryFlag($S, params.$N())", parameter.wireName(), parameter.javaName());
                        } else if (flag == TypeRef.FlagEncoding.YES_NO) {
                            code.add(
                                    "\n.queryFlag($S, params.$N(), \"yes\", \"no\")",
                                    parameter.wireName(),
                                    parameter.javaName());
                        } else {
                            code.add(
                                    "\n.$L($S, params.$N())",
                                    parameter.isArray() ? "queryAll" : "query",
                                    parameter.wireName(),
                                    parameter.javaName());
                        }
                        break;
                    case HEADER:
                        code.add("\n.header($S, params.$N())", parameter.wireName(), parameter.javaName());
                        break;
                    default:
                        throw new IllegalStateException();
                }
            }
            if (hasParams) {
                code.add("\n.queryExtras(params.$N())", RecordEmitter.EXTRAS);
            }
            Operation.RequestBody body = operation.body();
            if (body != null && body.encoding() == Operation.Encoding.JSON) {
                code.add("\n.body(body)");
            }
            if (body != null && body.encoding() != Operation.Encoding.JSON) {
                code.add(formFields(body));
            }
            code.add("\n.build();\n").unindent().unindent();
            return MethodSpec.methodBuilder(operation.javaName() + "Request")
                    .addModifiers(Modifier.PRIVATE)
                    .addParameters(parameters(true))
                    .returns(JavaTypes.API_REQUEST)
                    .addCode(code.build())
                    .build();
        }

        /** How a boolean scalar travels (1/0 or yes/no), or {@code NATIVE} for every other type. */
        private TypeRef.FlagEncoding flagEncoding(TypeRef type) {
            return type instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.BOOLEAN
                    ? scalar.flagEncoding()
                    : TypeRef.FlagEncoding.NATIVE;
        }

        /** The fields of a form or multipart body, one builder call each; files go as file parts. */
        private CodeBlock formFields(Operation.RequestBody body) {
            TypeDef.RecordDef record = (TypeDef.RecordDef) typesByName.get(((TypeRef.Named) body.type()).name());
            CodeBlock.Builder code = CodeBlock.builder();
            for (Field field : record.fields()) {
                boolean file =
                        field.type() instanceof TypeRef.Scalar scalar && scalar.kind() == TypeRef.ScalarKind.BINARY;
                code.add(
                        body.required() ? "\n.$L($S, body.$N())" : "\n.$L($S, body == null ? null : body.$N())",
                        file ? "filePart" : "formField",
                        field.jsonName(),
                        field.javaName());
            }
            if (body.encoding() == Operation.Encoding.MULTIPART) {
                code.add("\n.multipart()");
            }
            return code.build();
        }

        private List<ParameterSpec> parameters(boolean withParams) {
            List<ParameterSpec> parameters = new ArrayList<>();
            for (Parameter parameter : operation.pathParameters()) {
                parameters.add(ParameterSpec.builder(types.of(parameter.type()), parameter.javaName())
                        .build());
            }
            if (operation.body() != null) {
                parameters.add(ParameterSpec.builder(types.of(operation.body().type()), "body")
                        .build());
            }
            if (withParams && hasParams) {
                parameters.add(ParameterSpec.builder(paramsType, "params").build());
            }
            return parameters;
        }

        private String arguments(boolean withParams) {
            List<String> names = new ArrayList<>();
            operation.pathParameters().forEach(p -> names.add(p.javaName()));
            if (operation.body() != null) {
                names.add("body");
            }
            if (withParams && hasParams) {
                names.add("params");
            }
            return String.join(", ", names);
        }

        /** The arguments before {@code params}, each followed by a comma. */
        private String prefixArguments() {
            String prefix = arguments(false);
            return prefix.isEmpty() ? "" : prefix + ", ";
        }

        private CodeBlock javadoc() {
            CodeBlock.Builder doc = CodeBlock.builder();
            Javadoc.operationIntro(doc, operation);
            doc.add("\n<p>$L", Javadoc.inlineCode(operation.method() + " " + operation.path()));
            if (operation.pro() && !operation.description().contains("FluentCampaign Pro")) {
                doc.add(" (needs FluentCampaign Pro)");
            }
            if (operation.isPaged() && !operation.responsePointer().isEmpty()) {
                doc.add(
                        "; the page is read from $L of the answer, and the answer's other keys are in the page's "
                                + "{@code envelope()}",
                        Javadoc.inlineCode(operation.responsePointer().substring(1)));
            }
            doc.add(".\n");
            Javadoc.operationNeeds(doc, operation);
            doc.add("\n");
            for (Parameter parameter : operation.pathParameters()) {
                String text = Javadoc.oneLine(parameter.description());
                doc.add(
                        "@param $L $L\n",
                        parameter.javaName(),
                        text.isEmpty() ? "the " + Javadoc.inlineCode(parameter.wireName()) + " path parameter" : text);
            }
            if (operation.body() != null) {
                String text = Javadoc.oneLine(operation.body().description());
                doc.add("@param body $L\n", text.isEmpty() ? "the request body" : text);
            }
            if (hasParams) {
                doc.add("@param params the query parameters\n");
            }
            if (!(operation.response().isNone())) {
                doc.add(
                        "@return $L\n",
                        !operation.isPaged()
                                ? "the decoded answer"
                                : pageParameter() != null
                                        ? "the requested page; {@code autoPaging()} walks the following ones"
                                        : "the page the server answered with (this call cannot ask for another)");
            }
            doc.add("@throws $T when the server answers with an error or cannot be reached\n", FLUENT_CRM_EXCEPTION);
            return doc.build();
        }
    }
}
