package dev.fluentcrm.codegen.model;

import java.util.List;

/** A module (an OpenAPI tag): one API class with one method per operation. */
public record ApiModule(
        String tag, String className, String accessor, String description, List<Operation> operations) {}
