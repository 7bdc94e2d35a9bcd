package dev.fluentcrm.codegen;

import dev.fluentcrm.codegen.emit.Emitter;
import dev.fluentcrm.codegen.emit.client.ClientEmitter;
import dev.fluentcrm.codegen.emit.docs.DocsEmitter;
import dev.fluentcrm.codegen.emit.docs.ProjectEmitter;
import dev.fluentcrm.codegen.emit.fixtures.FixturesEmitter;
import dev.fluentcrm.codegen.emit.model.ModelEmitter;
import dev.fluentcrm.codegen.emit.server.ServerEmitter;
import dev.fluentcrm.codegen.emit.testing.TestingEmitter;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The kinds of output the generator can produce: the one list of them that the command line,
 * the Maven plugin and {@link Generator} all read. A new output is a constant here and an
 * {@link Emitter}.
 */
public enum OutputKind {
    /** The models: records and open enumerations of the spec's schemas, and the parameter records. */
    MODEL(Destination.SOURCES),
    /** The client: one class per module and {@code FluentCrmClient}, on the runtime. */
    CLIENT(Destination.SOURCES, MODEL),
    /** Server stubs: a service interface, routes and request schemas per module, and the router. */
    SERVER(Destination.SOURCES, MODEL),
    /** Test fixtures: JSON samples of every model, answer and request, and the classes that read them. */
    FIXTURES(Destination.TEST_SOURCES, MODEL),
    /** A mock FluentCRM of this spec for tests, with a JUnit 5 extension handing out it and its client. */
    TESTING(Destination.TEST_SOURCES, CLIENT, SERVER, FIXTURES),
    /** README.md and one Markdown page per module, from the templates. */
    DOCS(Destination.DOCS),
    /** The {@code pom.xml} that makes the output a standalone Maven project, around the client and its docs. */
    PROJECT(Destination.PROJECT, CLIENT, DOCS);

    /** Where the files of a kind of output belong; the caller maps each to a directory. */
    public enum Destination {
        /** Main Java sources. */
        SOURCES,
        /** Test Java sources, with the resources they read beside them (paths ending in {@code .json}). */
        TEST_SOURCES,
        /** Documentation. */
        DOCS,
        /** The root of a standalone project. */
        PROJECT
    }

    private final Destination destination;
    private final List<OutputKind> requires;

    OutputKind(Destination destination, OutputKind... requires) {
        this.destination = destination;
        this.requires = List.of(requires);
    }

    /** The name users write: {@code model}, {@code client}, ... */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public Destination destination() {
        return destination;
    }

    /**
     * A new emitter of this output. Created on demand rather than held by the constant, so that
     * reading the list of kinds (the Maven plugin's up-to-date check does) loads no emitter code.
     */
    public Emitter emitter() {
        return switch (this) {
            case MODEL -> new ModelEmitter();
            case CLIENT -> new ClientEmitter();
            case SERVER -> new ServerEmitter();
            case FIXTURES -> new FixturesEmitter();
            case TESTING -> new TestingEmitter();
            case DOCS -> new DocsEmitter();
            case PROJECT -> new ProjectEmitter();
        };
    }

    /** The outputs whose code this one refers to: they are generated with it, unless provided. */
    public List<OutputKind> requires() {
        return requires;
    }

    /** Every id, comma-separated, in the order the outputs are generated. */
    public static String ids() {
        return Arrays.stream(values()).map(OutputKind::id).collect(Collectors.joining(", "));
    }

    /** The kind named {@code id} (any case, surrounding blanks ignored). */
    public static OutputKind parse(String id) {
        String wanted = id.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values())
                .filter(kind -> kind.name().equals(wanted))
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("'" + id + "' is not an output; choose from " + ids()));
    }

    /** Parses each of {@code ids}. */
    public static Set<OutputKind> parseAll(Iterable<String> ids) {
        Set<OutputKind> kinds = EnumSet.noneOf(OutputKind.class);
        for (String id : ids) {
            kinds.add(parse(id));
        }
        return kinds;
    }
}
