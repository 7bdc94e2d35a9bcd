package dev.fluentcrm.codegen.emit.model;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeSpec;
import dev.fluentcrm.codegen.emit.common.GeneratedAnnotation;
import dev.fluentcrm.codegen.emit.common.JavaSources;
import dev.fluentcrm.codegen.emit.common.JavaTypes;
import dev.fluentcrm.codegen.emit.common.Javadoc;
import dev.fluentcrm.codegen.model.TypeDef.EnumDef;
import dev.fluentcrm.codegen.naming.JavaNames;
import dev.fluentcrm.codegen.naming.UniqueNames;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * Emits an open enumeration: a constant per listed value, and {@code of(String)} that returns
 * the constant or, for a value the spec does not list, a new instance carrying it.
 */
public final class EnumEmitter {
    private static final ClassName JSON_CREATOR = ClassName.get("com.fasterxml.jackson.annotation", "JsonCreator");

    private final JavaTypes types;

    public EnumEmitter(JavaTypes types) {
        this.types = types;
    }

    /**
     * The Java constant of each listed value, in the spec's order: what {@link #emit} declares, and
     * what the spec diff names when a value comes or goes.
     */
    public static Map<String, String> constantNames(EnumDef definition) {
        UniqueNames constants = new UniqueNames().reserve("KNOWN");
        Map<String, String> names = new LinkedHashMap<>();
        for (String value : definition.values()) {
            String wanted = JavaNames.constantName(value);
            if (constants.isTaken(wanted) && value.equals(value.toLowerCase(Locale.ROOT))) {
                // "asc" beside "ASC": both are valid spellings; name the lower-case one as such.
                wanted = wanted + "_LOWERCASE";
            }
            names.put(value, constants.claim(wanted));
        }
        return names;
    }

    public JavaFile emit(EnumDef definition) {
        ClassName name = types.model(definition.name());
        String description = Javadoc.html(definition.description());
        TypeSpec.Builder spec = TypeSpec.classBuilder(name)
                .addJavadoc(
                        "$L\n\n<p>Values the spec does not list still decode: {@link #isKnown()} is false for them.\n",
                        description.isEmpty() ? "The values of {@code " + definition.name() + "}." : description)
                .addAnnotation(GeneratedAnnotation.by(EnumEmitter.class))
                .addModifiers(Modifier.PUBLIC, Modifier.FINAL)
                .superclass(JavaTypes.OPEN_ENUM);
        Map<String, String> constantNames = constantNames(definition);
        CodeBlock.Builder index = CodeBlock.builder();
        for (String value : definition.values()) {
            String constant = constantNames.get(value);
            spec.addField(FieldSpec.builder(name, constant, Modifier.PUBLIC, Modifier.STATIC, Modifier.FINAL)
                    .addJavadoc("$L\n", value.isEmpty() ? "The empty string." : Javadoc.code(value))
                    .initializer("$Zknown($S)", value)
                    .build());
            index.add(index.isEmpty() ? "$N" : ",$W$N", constant);
        }
        spec.addField(FieldSpec.builder(
                        ParameterizedTypeName.get(ClassName.get(Map.class), ClassName.get(String.class), name),
                        "KNOWN",
                        Modifier.PRIVATE,
                        Modifier.STATIC,
                        Modifier.FINAL)
                .initializer("index($L)", index.build())
                .build());
        spec.addMethod(MethodSpec.constructorBuilder()
                .addModifiers(Modifier.PRIVATE)
                .addParameter(String.class, "value")
                .addParameter(boolean.class, "known")
                .addStatement("super(value, known)")
                .build());
        // The constants are made by a factory so that their lines need not repeat the (possibly long) class name.
        spec.addMethod(MethodSpec.methodBuilder("known")
                .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
                .returns(name)
                .addParameter(String.class, "value")
                .addStatement("return new $T(value, true)", name)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("of")
                .addJavadoc("The constant for {@code value}, or a new instance if the spec does not list it.\n")
                .addAnnotation(JSON_CREATOR)
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(name)
                .addParameter(String.class, "value")
                .addStatement("$T known = KNOWN.get(value)", name)
                .addStatement("return known != null ? known$W: new $T(value, false)", name)
                .build());
        spec.addMethod(MethodSpec.methodBuilder("knownValues")
                .addJavadoc("The values the spec lists, in its order.\n")
                .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
                .returns(ParameterizedTypeName.get(ClassName.get(Collection.class), name))
                .addStatement("return KNOWN.values()")
                .build());
        return JavaSources.file(types.modelPackage(), spec.build());
    }
}
