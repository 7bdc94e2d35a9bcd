package dev.fluentcrm.server.validate;

/**
 * One broken rule: the field (dotted path, as Laravel names nested fields: {@code tags.0}), the
 * rule's name ({@code required}, {@code integer}, {@code in}, {@code email}, ...) and a sentence.
 */
public record Violation(String field, String rule, String message) {}
