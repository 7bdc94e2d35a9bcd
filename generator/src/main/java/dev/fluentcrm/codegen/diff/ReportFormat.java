package dev.fluentcrm.codegen.diff;

import java.util.Locale;

/** How a {@link DiffReport} is written: plain text for a console, Markdown for a changelog, JSON for tools. */
public enum ReportFormat {
    TEXT,
    MARKDOWN,
    JSON;

    /**
     * Writes the report. {@code sdkVersion}, when given, is the SDK's current version: the
     * report then names the version the changes call for (the Markdown heading is that version).
     */
    public String render(DiffReport report, String sdkVersion) {
        return switch (this) {
            case TEXT -> TextReport.render(report, sdkVersion);
            case MARKDOWN -> MarkdownReport.render(report, sdkVersion);
            case JSON -> JsonReport.render(report, sdkVersion);
        };
    }

    /** The file extension of a golden file or an output in this format. */
    public String extension() {
        return switch (this) {
            case TEXT -> "txt";
            case MARKDOWN -> "md";
            case JSON -> "json";
        };
    }

    /**
     * Reads {@code text}, {@code markdown} or {@code json}.
     *
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ReportFormat parse(String text) {
        for (ReportFormat format : values()) {
            if (format.name().equalsIgnoreCase(text.strip())) {
                return format;
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of text, markdown, json");
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
