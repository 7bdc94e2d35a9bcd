package dev.fluentcrm.codegen.diff;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The semantic version bump a change implies for the generated SDK, from none to major. While
 * the SDK's major version is 0 (the API is not declared stable), semver lets anything change
 * in a minor release: there a breaking change bumps the minor version and everything else the
 * patch version ({@link #beforeOne()}).
 */
public enum Bump {
    NONE,
    PATCH,
    MINOR,
    MAJOR;

    private static final Pattern VERSION = Pattern.compile("(\\d+)\\.(\\d+)\\.(\\d+)(?:[-+].*)?");

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The larger of two bumps. */
    public Bump max(Bump other) {
        return compareTo(other) >= 0 ? this : other;
    }

    /** What this bump means for a {@code 0.x} version: major becomes minor, minor becomes patch. */
    public Bump beforeOne() {
        return switch (this) {
            case MAJOR -> MINOR;
            case MINOR, PATCH -> PATCH;
            case NONE -> NONE;
        };
    }

    /**
     * The release that follows {@code current} ({@code major.minor.patch}, a {@code -SNAPSHOT} or
     * other suffix ignored) under this bump, with the {@code 0.x} rule applied.
     *
     * @throws IllegalArgumentException when {@code current} is not a {@code major.minor.patch} version
     */
    public String next(String current) {
        Matcher matcher = VERSION.matcher(current.strip());
        if (!matcher.matches()) {
            throw new IllegalArgumentException("'" + current + "' is not a version of the form major.minor.patch");
        }
        int major = Integer.parseInt(matcher.group(1));
        int minor = Integer.parseInt(matcher.group(2));
        int patch = Integer.parseInt(matcher.group(3));
        Bump effective = major == 0 ? beforeOne() : this;
        return switch (effective) {
            case MAJOR -> (major + 1) + ".0.0";
            case MINOR -> major + "." + (minor + 1) + ".0";
            case PATCH -> major + "." + minor + "." + (patch + 1);
            case NONE -> major + "." + minor + "." + patch;
        };
    }
}
