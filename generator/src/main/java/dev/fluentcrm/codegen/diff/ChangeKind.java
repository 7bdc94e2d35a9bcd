package dev.fluentcrm.codegen.diff;

import java.util.Locale;

/** What changed between two versions of a spec, in the terms of the generated Java SDK. */
public enum ChangeKind {
    MODULE_ADDED,
    MODULE_REMOVED,
    OPERATION_ADDED,
    OPERATION_REMOVED,
    OPERATION_RENAMED,
    OPERATION_MOVED,
    METHOD_RENAMED,
    ENDPOINT_CHANGED,
    DEPRECATION_CHANGED,
    PRO_FLAG_CHANGED,
    PARAMETER_ADDED,
    PARAMETER_REMOVED,
    PARAMETER_RENAMED,
    PARAMETER_NOW_REQUIRED,
    PARAMETER_NOW_OPTIONAL,
    PARAMETER_TYPE_CHANGED,
    PARAMETERS_RECORD_RENAMED,
    REQUEST_BODY_ADDED,
    REQUEST_BODY_REMOVED,
    REQUEST_BODY_NOW_REQUIRED,
    REQUEST_BODY_NOW_OPTIONAL,
    REQUEST_BODY_TYPE_CHANGED,
    RESPONSE_TYPE_CHANGED,
    TYPE_ADDED,
    TYPE_REMOVED,
    TYPE_KIND_CHANGED,
    PROPERTY_ADDED,
    PROPERTY_REMOVED,
    PROPERTY_TYPE_CHANGED,
    PROPERTY_RENAMED,
    PROPERTY_NOW_REQUIRED,
    PROPERTY_NOW_OPTIONAL,
    ENUM_VALUE_ADDED,
    ENUM_VALUE_REMOVED,
    ENUM_CONSTANT_RENAMED;

    /** The kind as the reports spell it: {@code operation-removed}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
