package dev.fluentcrm.codegen.emit.common;

import dev.fluentcrm.codegen.model.TypeRef;
import java.util.function.Function;

/**
 * A {@link TypeRef} spelt as the generated SDK declares it, with simple names
 * ({@code Page<Contact>}, {@code Map<String, Long>}), for text meant for people: the reference
 * pages and the diff report. The angle brackets and the named types pass through functions, so a
 * page can escape the one and link the other.
 */
public final class TypeSpelling {
    private TypeSpelling() {}

    /** The plain spelling. */
    public static String of(TypeRef type) {
        return of(type, text -> text, name -> name);
    }

    /** The spelling with {@code punctuation} applied to each angle bracket and {@code named} to each named type. */
    public static String of(TypeRef type, Function<String, String> punctuation, Function<String, String> named) {
        return type.accept(new TypeRef.Visitor<>() {
            @Override
            public String scalar(TypeRef.Scalar scalar) {
                return JavaTypes.scalar(scalar.kind()).simpleName();
            }

            @Override
            public String list(TypeRef.ListOf list) {
                return "List" + generic(of(list.items(), punctuation, named));
            }

            @Override
            public String map(TypeRef.MapOf map) {
                return "Map" + generic("String, " + of(map.values(), punctuation, named));
            }

            @Override
            public String named(TypeRef.Named type) {
                return named.apply(type.name());
            }

            @Override
            public String page(TypeRef.PageOf page) {
                return "Page" + generic(of(page.items(), punctuation, named));
            }

            @Override
            public String any(TypeRef.AnyJson any) {
                return "JsonNode";
            }

            @Override
            public String none(TypeRef.None none) {
                return "void";
            }

            private String generic(String arguments) {
                return punctuation.apply("<") + arguments + punctuation.apply(">");
            }
        });
    }
}
