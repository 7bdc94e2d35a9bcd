package dev.fluentcrm.codegen.emit.common;

import com.palantir.javapoet.AnnotationSpec;

/** The {@code @Generated} marker of every emitted type: the class that emitted it, never a date. */
public final class GeneratedAnnotation {
    private GeneratedAnnotation() {}

    /** {@code @Generated("<emitter's class name>")}. */
    public static AnnotationSpec by(Class<?> emitter) {
        return AnnotationSpec.builder(JavaTypes.GENERATED)
                .addMember("value", "$S", emitter.getName())
                .build();
    }
}
