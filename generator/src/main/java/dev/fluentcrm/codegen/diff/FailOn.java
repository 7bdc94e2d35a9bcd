package dev.fluentcrm.codegen.diff;

import java.util.Locale;

/** When a diff should fail the command or the build: never, on a breaking change, or on any change. */
public enum FailOn {
    NONE,
    BREAKING,
    ANY;

    public boolean fails(DiffReport report) {
        return switch (this) {
            case NONE -> false;
            case BREAKING -> report.breakingCount() > 0;
            case ANY -> !report.isEmpty();
        };
    }

    /**
     * Reads {@code none}, {@code breaking} or {@code any}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static FailOn parse(String text) {
        for (FailOn value : values()) {
            if (value.name().equalsIgnoreCase(text.strip())) {
                return value;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of none, breaking, any");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
