package dev.fluentcrm.codegen.robustness;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;

/** One mutated spec: the base document, any overlays, and what was done to it (for messages). */
final class SpecCase {
    final int id;
    final ObjectNode spec;
    final List<ObjectNode> overlays = new ArrayList<>();
    final List<String> mutations = new ArrayList<>();
    /** When set, written instead of the serialized spec: text that is not even a valid document. */
    String rawText;

    boolean yaml;

    SpecCase(int id, ObjectNode spec) {
        this.id = id;
        this.spec = spec;
    }

    String packageName() {
        return String.format("robust.c%04d", id);
    }

    @Override
    public String toString() {
        return "case " + id + " " + mutations;
    }
}
