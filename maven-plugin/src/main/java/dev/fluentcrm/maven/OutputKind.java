package dev.fluentcrm.maven;

import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/** What the plugin can emit (not named Output: Maven would map each <output> element of the configuration to a class of that name), and which output directory each kind goes to. */
enum OutputKind {
    /** The client: models, parameter records, one class per module, {@code FluentCrmClient}. */
    CLIENT(Root.MAIN),
    /** Server stubs: a service interface per module and the router. */
    SERVER(Root.MAIN),
    /** Test fixtures: JSON samples of every model, answer and request, and the classes that read them. */
    FIXTURES(Root.TEST),
    /** README.md and one Markdown page per module, from the templates. */
    DOCS(Root.DOCS);

    /** The output directories, each a parameter of the plugin. */
    enum Root { MAIN, TEST, DOCS }

    final Root root;

    OutputKind(Root root) {
        this.root = root;
    }

    String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    static String ids() {
        return Arrays.stream(values()).map(OutputKind::id).collect(Collectors.joining(", "));
    }

    static OutputKind parse(String value) {
        String wanted = value.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(o -> o.name().equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + value + "' is not an output; choose from "
                        + ids()));
    }
}
