package dev.fluentcrm.codegen.emit.model;

import com.palantir.javapoet.AnnotationSpec;
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
import dev.fluentcrm.codegen.model.Field;
import dev.fluentcrm.codegen.model.TypeDef.RecordDef;
import dev.fluentcrm.codegen.model.TypeRef;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits a model record: one component per JSON property (named in Java style, mapped with
 * {@code @JsonProperty}), a map that keeps properties the spec does not list, defensive copies
 * of collections, and a builder for writing requests and tests.
 */
public final class RecordEmitter {
    /** The component holding properties the spec does not list; parameter records send them as extra query parameters. */
    public static final String EXTRAS = "additionalProperties";

    private static final ClassName JSON_PROPERTY = ClassName.get("com.fasterxml.jackson.annotation", "JsonProperty");
    private static final ClassName JSON_ANY_SETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnySetter");
    private static final ClassName JSON_ANY_GETTER = ClassName.get("com.fasterxml.jackson.annotation", "JsonAnyGetter");
    private static final ClassName JSON_SERIALIZE =
            ClassName.get("com.fasterxml.jackson.databind.annotation", "JsonSerialize");
    private static final TypeName EXTRAS_TYPE = ParameterizedTypeName.get(
            ClassName.get(Map.class), ClassName.get(String.class), ClassName.get(Object.class));

    /** The {@code Immutable} method that copies a component of this type, or null when its value is immutable already. */
    private static final TypeRef.Visitor<String> IMMUTABLE_COPY = new TypeRef.Visitor<>() {
        @Override
        public String scalar(TypeRef.Scalar scalar) {
            return null;
        }

        @Override
        public String list(TypeRef.ListOf list) {
            return "list";
        }

        @Override
        public String map(TypeRef.MapOf map) {
            return "map";
        }

        @Override
        public String named(TypeRef.Named named) {
            return null;
        }

        @Override
        public String page(TypeRef.PageOf page) {
            return null;
        }

        @Override
        public String any(TypeRef.AnyJson any) {
            return null;
        }

        @Override
        public String none(TypeRef.None none) {
            throw new IllegalStateException("A record component cannot be of type None");
        }
    };

    private final JavaTypes types;

    public RecordEmitter(JavaTypes types) {
        this.types = types;
    }

    public JavaFile emit(RecordDef record) {
        ClassName name = types.model(record.name());
        MethodSpec.Builder constructor = MethodSpec.compactConstructorBuilder().addModifiers(Modifier.PUBLIC);
        CodeBlock.Builder javadoc = CodeBlock.builder();
        String description = Javadoc.html(record.description());
        javadoc.add("$L\n", description.isEmpty() ? "The {@code " + record.name() + "} object." : description);
        javadoc.add("\n");
        CodeBlock.Builder copies = CodeBlock.builder();
        for (Field field : record.fields()) {
            constructor.addParameter(component(field));
            String copy = field.type().accept(IMMUTABLE_COPY);
            if (copy != null) {
                copies.addStatement("$1N = $2T.$3N($1N)", field.javaName(), JavaTypes.IMMUTABLE, copy);
            }
        }
        constructor.addParameter(ParameterSpec.builder(EXTRAS_TYPE, EXTRAS)
                .addAnnotation(JSON_ANY_SETTER)
                .addAnnotation(JSON_ANY_GETTER)
                .build());
        copies.addStatement("$1N = $2T.extras($1N)", EXTRAS, JavaTypes.IMMUTABLE);
        constructor.addCode(copies.build());

        TypeSpec.Builder spec = TypeSpec.recordBuilder(name)
                .addModifiers(Modifier.PUBLIC)
                .addAnnotation(GeneratedAnnotation.by(RecordEmitter.class))
                .recordConstructor(constructor.build())
                .addMethod(MethodSpec.methodBuilder("builder")
                        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                        .returns(name.nestedClass("Builder"))
                        .addStatement("return new Builder()")
                        .build())
                .addMethod(MethodSpec.methodBuilder("toBuilder")
                        .addJavadoc("A builder that starts from this record's values.\n")
                        .addModifiers(Modifier.PUBLIC)
                        .returns(name.nestedClass("Builder"))
                        .addStatement("return new Builder(this)")
                        .build())
                .addType(builder(record, name));
        record.fields().forEach(field -> {
            String text = Javadoc.oneLine(field.description());
            javadoc.add(
                    "@param $L $L\n",
                    field.javaName(),
                    text.isEmpty() ? "the " + Javadoc.inlineCode(field.jsonName()) + " property" : text);
        });
        javadoc.add("@param $L properties the spec does not list, as the server sent them\n", EXTRAS);
        spec.addJavadoc(javadoc.build());
        return JavaSources.file(types.modelPackage(), spec.build());
    }

    private ParameterSpec component(Field field) {
        ParameterSpec.Builder component = ParameterSpec.builder(types.of(field.type()), field.javaName())
                .addAnnotation(AnnotationSpec.builder(JSON_PROPERTY)
                        .addMember("value", "$S", field.jsonName())
                        .build());
        if (field.type() instanceof TypeRef.Scalar scalar && scalar.flagEncoding() != TypeRef.FlagEncoding.NATIVE) {
            String serializer = scalar.flagEncoding() == TypeRef.FlagEncoding.YES_NO ? "YesNo" : "OneZero";
            component.addAnnotation(AnnotationSpec.builder(JSON_SERIALIZE)
                    .addMember("using", "$T.class", JavaTypes.PHP_FLAG.nestedClass(serializer))
                    .build());
        }
        return component.build();
    }

    private TypeSpec builder(RecordDef record, ClassName recordName) {
        ClassName builderName = recordName.nestedClass("Builder");
        // The unlisted properties and additionalProperty(...) live once in the runtime's
        // ExtrasBuilder rather than in each of the hundreds of builders javac compiles.
        TypeSpec.Builder builder = TypeSpec.classBuilder(builderName)
                .addJavadoc("Builds {@link $T}; unset properties stay null and are not sent.\n", recordName)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                .superclass(ParameterizedTypeName.get(JavaTypes.EXTRAS_BUILDER, builderName));
        MethodSpec.Builder copy = MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(recordName, "source")
                .addStatement("super(source.$N)", EXTRAS);
        CodeBlock.Builder arguments = CodeBlock.builder();
        Map<String, TypeName> fieldTypes = new LinkedHashMap<>();
        record.fields().forEach(f -> fieldTypes.put(f.javaName(), types.of(f.type())));
        for (Map.Entry<String, TypeName> field : fieldTypes.entrySet()) {
            builder.addField(FieldSpec.builder(field.getValue(), field.getKey(), Modifier.PRIVATE)
                    .build());
            copy.addStatement("this.$1N = source.$1N", field.getKey());
            builder.addMethod(MethodSpec.methodBuilder(field.getKey())
                    .addModifiers(Modifier.PUBLIC)
                    .returns(builderName)
                    .addParameter(field.getValue(), field.getKey())
                    .addStatement("this.$1N = $1N", field.getKey())
                    .addStatement("return this")
                    .build());
            arguments.add("$N,$W", field.getKey());
        }
        builder.addMethod(
                MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build());
        builder.addMethod(copy.build());
        MethodSpec.Builder build =
                MethodSpec.methodBuilder("build").addModifiers(Modifier.PUBLIC).returns(recordName);
        for (Field field : record.fields()) {
            if (field.required()) {
                build.beginControlFlow("if ($N == null)", field.javaName())
                        .addStatement(
                                "throw new $T($Z$S)",
                                IllegalStateException.class,
                                record.name() + "." + field.javaName() + " is required (JSON property '"
                                        + field.jsonName() + "')")
                        .endControlFlow();
            }
        }
        build.addStatement("return new $T($L$N())", recordName, arguments.build(), EXTRAS);
        builder.addMethod(build.build());
        return builder.build();
    }
}
