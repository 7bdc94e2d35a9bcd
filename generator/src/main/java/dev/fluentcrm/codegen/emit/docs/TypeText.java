package dev.fluentcrm.codegen.emit.docs;

import dev.fluentcrm.codegen.emit.common.JavaTypes;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.model.TypeRef;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

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
        return render(type, name -> name, name -> name);
    }

    String html(TypeRef type) {
        return render(
                type,
                Prose::escape,
                name -> types.containsKey(name) ? "<a href=\"#" + anchor(name) + "\">" + name + "</a>" : name);
    }

    String markdown(TypeRef type) {
        return render(
                type,
                name -> name,
                name -> types.containsKey(name)
                        ? "[" + name + "](models.md#" + name.toLowerCase(Locale.ROOT) + ")"
                        : name);
    }

    private static String render(TypeRef type, Function<String, String> punctuation, Function<String, String> named) {
        return type.accept(new TypeRef.Visitor<>() {
            @Override
            public String scalar(TypeRef.Scalar scalar) {
                return JavaTypes.scalar(scalar.kind()).simpleName();
            }

            @Override
            public String list(TypeRef.ListOf list) {
                return "List" + punctuation.apply("<") + render(list.items(), punctuation, named)
                        + punctuation.apply(">");
            }

            @Override
            public String map(TypeRef.MapOf map) {
                return "Map" + punctuation.apply("<") + "String, " + render(map.values(), punctuation, named)
                        + punctuation.apply(">");
            }

            @Override
            public String named(TypeRef.Named type) {
                return named.apply(type.name());
            }

            @Override
            public String page(TypeRef.PageOf page) {
                return "Page" + punctuation.apply("<") + render(page.items(), punctuation, named)
                        + punctuation.apply(">");
            }

            @Override
            public String any(TypeRef.AnyJson any) {
                return "JsonNode";
            }

            @Override
            public String none(TypeRef.None none) {
                return "void";
            }
        });
    }
}
