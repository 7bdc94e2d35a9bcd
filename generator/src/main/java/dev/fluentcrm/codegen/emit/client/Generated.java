package dev.fluentcrm.codegen.emit.client;

import com.palantir.javapoet.AnnotationSpec;

/** The {@code @Generated} marker of every emitted type: the generator's name, never a date. */
final class Generated {
    static final String GENERATOR = "dev.fluentcrm.codegen";

    private Generated() {
    }

    static AnnotationSpec annotation() {
        return AnnotationSpec.builder(JavaTypes.GENERATED).addMember("value", "$S", GENERATOR).build();
    }
}
