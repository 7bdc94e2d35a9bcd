package dev.fluentcrm.codegen;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * Everything that decides what a generation produces besides the spec, checked once here; the
 * command line and the Maven plugin both build one.
 *
 * @param basePackage the Java package of the client and {@code FluentCrmClient}; models go to
 *     {@code <basePackage>.model}, server stubs to {@code .server}, fixtures to {@code .fixtures}
 * @param outputs the outputs asked for; the ones they {@linkplain OutputKind#requires() require}
 *     are generated too, unless {@code provided}
 * @param provided outputs whose classes are already on the class path (for example the models of
 *     the {@code fluentcrm-sdk} jar), so they are not generated even where another output needs them
 * @param templates a directory of Mustache templates replacing ours by file name, or {@code null}
 * @param project the coordinates and name the docs and the project's {@code pom.xml} use
 * @param testingPackage the package of the {@code testing} output ({@code <basePackage>.testing}
 *     when null)
 * @param extendedPackage the package of a prebuilt SDK this generation extends (its client, models,
 *     server stubs and fixtures are on the class path), or {@code null} for a generation that stands
 *     alone. With it, the API given to {@link Generator#generate} holds only what to add (see
 *     {@link Generator#loadOverlaysOnly}): module classes get a public constructor taking the
 *     client's {@code ApiExecutor} (for {@code FluentCrmClient.extension(...)}), no
 *     {@code FluentCrmClient} is written, and the mock of the {@code testing} output serves the
 *     prebuilt SDK's operations as well
 */
public record GeneratorOptions(
        String basePackage,
        Set<OutputKind> outputs,
        Set<OutputKind> provided,
        Path templates,
        ProjectInfo project,
        String testingPackage,
        String extendedPackage) {
    /** The package the command line and the plugin use when none is given. */
    public static final String DEFAULT_PACKAGE = "dev.fluentcrm.client";

    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

    public GeneratorOptions {
        checkPackage(Objects.requireNonNull(basePackage, "basePackage"));
        testingPackage = testingPackage == null ? basePackage + ".testing" : checkPackage(testingPackage);
        outputs = immutable(outputs);
        provided = immutable(provided);
        if (outputs.isEmpty()) {
            throw new IllegalArgumentException("No output chosen; choose from " + OutputKind.ids());
        }
        for (OutputKind kind : outputs) {
            if (provided.contains(kind)) {
                throw new IllegalArgumentException("The output " + kind.id() + " is both generated and provided");
            }
        }
        if (templates != null && !Files.isDirectory(templates)) {
            throw new IllegalArgumentException(
                    "Template directory " + templates + " does not exist or is not a directory");
        }
        project = project == null ? ProjectInfo.defaults(basePackage) : project;
        if (extendedPackage != null) {
            checkPackage(extendedPackage);
            if (extendedPackage.equals(basePackage)) {
                throw new IllegalArgumentException("The package name '" + basePackage
                        + "' is the one of the SDK it extends; choose a package of your own");
            }
        }
    }

    /** Options for a generation that stands alone. */
    public GeneratorOptions(
            String basePackage,
            Set<OutputKind> outputs,
            Set<OutputKind> provided,
            Path templates,
            ProjectInfo project,
            String testingPackage) {
        this(basePackage, outputs, provided, templates, project, testingPackage, null);
    }

    /** These options, generating only what extends the prebuilt SDK in {@code sdkPackage}. */
    public GeneratorOptions extending(String sdkPackage) {
        return new GeneratorOptions(basePackage, outputs, provided, templates, project, testingPackage, sdkPackage);
    }

    /** Whether this generation extends a prebuilt SDK rather than standing alone. */
    public boolean extendsSdk() {
        return extendedPackage != null;
    }

    /** Options with the testing output in {@code <basePackage>.testing}. */
    public GeneratorOptions(
            String basePackage,
            Set<OutputKind> outputs,
            Set<OutputKind> provided,
            Path templates,
            ProjectInfo project) {
        this(basePackage, outputs, provided, templates, project, null, null);
    }

    private static String checkPackage(String name) {
        if (!PACKAGE.matcher(name).matches() || Arrays.stream(name.split("\\.")).anyMatch(SourceVersion::isKeyword)) {
            throw new IllegalArgumentException("Not a usable Java package name: '" + name + "'");
        }
        return name;
    }

    /** Options for {@code outputs} in {@code basePackage}, with our templates and default project coordinates. */
    public static GeneratorOptions of(String basePackage, OutputKind... outputs) {
        return new GeneratorOptions(basePackage, Set.of(outputs), Set.of(), null, null);
    }

    /** The outputs this generation emits: those asked for and what they require, less the provided ones. */
    public Set<OutputKind> emitted() {
        Set<OutputKind> emitted = EnumSet.noneOf(OutputKind.class);
        outputs.forEach(kind -> addWithRequirements(kind, emitted));
        return emitted;
    }

    private void addWithRequirements(OutputKind kind, Set<OutputKind> into) {
        if (!provided.contains(kind) && into.add(kind)) {
            kind.requires().forEach(required -> addWithRequirements(required, into));
        }
    }

    /**
     * Where {@code kind}'s files go in this generation: its own destination, except that main code
     * which only test code needs (the server stubs, client and models the {@code testing} output
     * pulls in when only it is asked for) goes with the tests, out of the main artifact.
     */
    public OutputKind.Destination destination(OutputKind kind) {
        if (outputs.contains(kind) || kind.destination() != OutputKind.Destination.SOURCES) {
            return kind.destination();
        }
        boolean onlyTests = true;
        for (OutputKind dependent : emitted()) {
            if (dependent.requires().contains(kind) && destination(dependent) != OutputKind.Destination.TEST_SOURCES) {
                onlyTests = false;
            }
        }
        return onlyTests ? OutputKind.Destination.TEST_SOURCES : kind.destination();
    }

    /** The package of the models, which every Java output refers to. */
    public String modelPackage() {
        return basePackage + ".model";
    }

    private static Set<OutputKind> immutable(Collection<OutputKind> kinds) {
        return kinds == null || kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }
}
