package dev.fluentcrm.codegen.emit.server;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import dev.fluentcrm.codegen.emit.common.GeneratedAnnotation;
import dev.fluentcrm.codegen.emit.common.JavaSources;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Field;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.naming.JavaNames;
import dev.fluentcrm.codegen.naming.UniqueNames;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Emits the validation schemas a module's requests use first ({@code ContactsSchemas}): one
 * method per record or enumeration, registered by name. A type shared by several modules is
 * written once, by the first module (in spec order) that needs it.
 */
public final class SchemasEmitter {
    private final String serverPackage;

    public SchemasEmitter(String serverPackage) {
        this.serverPackage = serverPackage;
    }

    public JavaFile emit(ApiModule module, List<TypeDef> definitions) {
        UniqueNames methodNames = new UniqueNames().reserve("define");
        MethodSpec.Builder define = MethodSpec.methodBuilder("define")
                .addJavadoc("Adds the schemas of the $L module's requests to {@code registry}.\n", module.tag())
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .addParameter(ServerTypes.SCHEMA_REGISTRY, "registry");
        TypeSpec.Builder spec = TypeSpec.classBuilder(ServerTypes.schemas(serverPackage, module))
                .addJavadoc("What valid requests of the $L module look like, from the spec.\n", module.tag())
                .addAnnotation(GeneratedAnnotation.by(SchemasEmitter.class))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .addMethod(MethodSpec.constructorBuilder()
                        .addModifiers(Modifier.PRIVATE)
                        .build());
        List<MethodSpec> methods = new ArrayList<>();
        for (TypeDef definition : definitions) {
            String method = methodNames.claim(JavaNames.memberName(definition.name()));
            define.addStatement("registry.define($S, $N())", definition.name(), method);
            methods.add(MethodSpec.methodBuilder(method)
                    .addJavadoc(
                            "{@code $L}, from {@code $L}.\n",
                            definition.name(),
                            definition.origin().replace("*/", "*&#47;"))
                    .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                    .returns(ServerTypes.SCHEMA)
                    .addStatement("return $L", schema(definition))
                    .build());
        }
        spec.addMethod(define.build()).addMethods(methods);
        return JavaSources.file(serverPackage, spec.build());
    }

    private static CodeBlock schema(TypeDef definition) {
        return definition.accept(new TypeDef.Visitor<>() {
            @Override
            public CodeBlock record(TypeDef.RecordDef record) {
                // A statement: JavaPoet indents its continuation lines already.
                CodeBlock.Builder code = CodeBlock.builder().add("$T.object()", ServerTypes.SCHEMA);
                for (Field field : record.fields()) {
                    code.add(
                            "\n.$L($S, $L)",
                            field.required() ? "required" : "optional",
                            field.jsonName(),
                            SchemaCode.of(field.type(), field.constraints()));
                }
                return code.build();
            }

            @Override
            public CodeBlock enumeration(TypeDef.EnumDef enumeration) {
                CodeBlock values = CodeBlock.join(
                        enumeration.values().stream()
                                .map(v -> CodeBlock.of("$S", v))
                                .toList(),
                        ",$W");
                return CodeBlock.of("$T.oneOf($L)", ServerTypes.SCHEMA, values);
            }
        });
    }
}
