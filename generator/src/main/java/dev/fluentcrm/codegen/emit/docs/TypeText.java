package dev.fluentcrm.codegen.emit.docs;

import dev.fluentcrm.codegen.emit.common.TypeSpelling;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.model.TypeRef;
import java.util.Locale;
import java.util.Map;

/**
 * A Java type as the pages write it, without packages: plain ({@code Page<Contact>}), as HTML with
 * the named types linked to their model sections, and as Markdown linked to {@code models.md}.
 */
final class TypeText {
    private final Map<String, TypeDef> types;

    TypeText(Map<String, TypeDef> types) {
        this.types = types;
    }

    /** The id of a model's section in the HTML reference. */
    static String anchor(String typeName) {
        return "model-" + typeName;
    }

    String text(TypeRef type) {
        return TypeSpelling.of(type, name -> name, name -> name);
    }

    String html(TypeRef type) {
        return TypeSpelling.of(
                type,
                Prose::escape,
                name -> types.containsKey(name) ? "<a href=\"#" + anchor(name) + "\">" + name + "</a>" : name);
    }

    String markdown(TypeRef type) {
        return TypeSpelling.of(
                type,
                name -> name,
                name -> types.containsKey(name)
                        ? "[" + name + "](models.md#" + name.toLowerCase(Locale.ROOT) + ")"
                        : name);
    }
}
