package dev.fluentcrm.codegen.naming;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * Hands out names that do not clash within one scope. A clash gets a numeric suffix in the
 * order names are asked for, so the result depends only on the spec's order. Clashes are
 * case-insensitive, because two files {@code Foo.java} and {@code FOO.java} collide on some
 * file systems.
 */
public final class UniqueNames {
    private final Set<String> taken = new HashSet<>();

    /** Reserves names that must never be handed out in this scope. */
    public UniqueNames reserve(String... names) {
        for (String name : names) {
            taken.add(name.toLowerCase(Locale.ROOT));
        }
        return this;
    }

    public boolean isTaken(String name) {
        return taken.contains(name.toLowerCase(Locale.ROOT));
    }

    /** {@code wanted} if free, else {@code wanted2}, {@code wanted3}, ... */
    public String claim(String wanted) {
        String name = wanted;
        for (int n = 2; !taken.add(name.toLowerCase(Locale.ROOT)); n++) {
            name = wanted + n;
        }
        return name;
    }
}
