package dev.fluentcrm.codegen.diff;

/**
 * One difference between two specs. {@code location} says where in words a user searches for:
 * the operationId, a type or {@code Type.property}, or {@code tag Name} for a module;
 * {@code pointer} is the JSON pointer of the changed place in the spec that has it (the old one
 * for something removed; null for a module, which is a tag rather than a place). {@code
 * javaElement} is the class, method or constant of the generated SDK it touches, and {@code bump}
 * what it implies for the SDK's version: a {@link Bump#MAJOR} change is breaking (code using the
 * SDK may no longer compile, or a call that worked may now be refused).
 */
public record Change(ChangeKind kind, String location, String pointer, String javaElement, Bump bump, String message) {
    public boolean breaking() {
        return bump == Bump.MAJOR;
    }
}
