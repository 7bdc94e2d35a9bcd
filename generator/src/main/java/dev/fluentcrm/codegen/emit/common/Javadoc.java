package dev.fluentcrm.codegen.emit.common;

import com.palantir.javapoet.CodeBlock;
import dev.fluentcrm.codegen.model.Availability;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Requirement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Turns the spec's Markdown-ish prose into Javadoc HTML: escapes what HTML and Javadoc would
 * misread, turns `code` into {@code <code>}, blank lines into paragraphs and "- " lines into
 * lists. JavaPoet formats with {@code $}, so callers pass the result through {@code $L}.
 */
public final class Javadoc {
    private Javadoc() {}

    public static String html(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        List<String> blocks = new ArrayList<>();
        StringBuilder paragraph = new StringBuilder();
        List<String> items = new ArrayList<>();
        for (String raw : markdown.strip().split("\n")) {
            String line = raw.strip();
            if (line.startsWith("- ") || line.startsWith("* ")) {
                flushParagraph(blocks, paragraph);
                items.add(inline(line.substring(2).strip()));
            } else if (line.isEmpty()) {
                flushParagraph(blocks, paragraph);
                flushList(blocks, items);
            } else if (!items.isEmpty() && raw.startsWith("  ")) {
                // A continued list item.
                items.set(items.size() - 1, items.get(items.size() - 1) + " " + inline(line));
            } else {
                flushList(blocks, items);
                if (paragraph.length() > 0) {
                    paragraph.append(' ');
                }
                paragraph.append(inline(line));
            }
        }
        flushParagraph(blocks, paragraph);
        flushList(blocks, items);
        return String.join("\n\n<p>", blocks).replace("\n\n<p><ul>", "\n\n<ul>");
    }

    /**
     * The opening of an operation's Javadoc, the same on the client's and the server's methods:
     * the summary as one sentence (the operationId when there is none), then the description as
     * a paragraph when there is one.
     */
    public static void operationIntro(CodeBlock.Builder doc, Operation operation) {
        String summary = oneLine(operation.summary());
        doc.add("$L\n", summary.isEmpty() ? operation.operationId() : summary.endsWith(".") ? summary : summary + ".");
        String description = html(operation.description());
        if (!description.isEmpty()) {
            doc.add("\n<p>$L\n", description);
        }
    }

    /**
     * What a site needs for the operation, as a paragraph (nothing when the spec is silent): the
     * modules to switch on and plugins to install ({@code x-fluentcrm-requires}) that the
     * description does not already state, then the releases
     * that register the route or do not ({@code x-fluentcrm-availability}). Client and server
     * methods say it alike.
     */
    public static void operationNeeds(CodeBlock.Builder doc, Operation operation) {
        List<String> sentences = new ArrayList<>();
        for (Requirement requirement : operation.requires()) {
            if (alreadySaid(requirement, operation.description())) {
                continue;
            }
            if (requirement instanceof Requirement.Module module) {
                sentences.add("Needs the " + inlineCode(module.name()) + " module switched on ("
                        + sentenceBody(module.enable()) + ").");
            } else if (requirement instanceof Requirement.Plugin plugin) {
                sentences.add("Needs the WordPress plugin " + inlineCode(plugin.slug()) + " installed and active.");
            }
        }
        Availability availability = operation.availability();
        if (!availability.registeredIn().isEmpty()) {
            sentences.add("Registered by " + escape(String.join(" and by ", availability.registeredIn())) + ".");
        }
        // The spec's descriptions of such operations say it themselves; the Javadoc does not repeat it.
        boolean described =
                operation.description() != null && operation.description().contains("Not registered by");
        if (!availability.notRegisteredIn().isEmpty() && !described) {
            sentences.add("Not registered by " + escape(String.join(" nor by ", availability.notRegisteredIn()))
                    + "; documented for newer releases.");
        }
        if (availability.since() != null) {
            sentences.add("Available since " + escape(availability.since()) + ".");
        }
        if (!sentences.isEmpty()) {
            doc.add("\n<p>$L\n", String.join(" ", sentences));
        }
    }

    /**
     * Whether the operation's description already states the requirement, so the Javadoc does not
     * say it twice: a module when the description quotes every code span of how to switch it on,
     * a plugin when the description names it (case, spaces and dashes aside).
     */
    static boolean alreadySaid(Requirement requirement, String description) {
        if (description == null || description.isBlank()) {
            return false;
        }
        if (requirement instanceof Requirement.Module module) {
            List<String> spans = codeSpans(module.enable());
            return !spans.isEmpty() && spans.stream().allMatch(span -> description.contains("`" + span + "`"));
        }
        Requirement.Plugin plugin = (Requirement.Plugin) requirement;
        return squeezed(description).contains(squeezed(plugin.slug()));
    }

    private static List<String> codeSpans(String markdown) {
        List<String> spans = new ArrayList<>();
        String[] parts = markdown.split("`", -1);
        for (int i = 1; i < parts.length - 1; i += 2) {
            spans.add(parts[i]);
        }
        return spans;
    }

    private static String squeezed(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[\\s-]", "");
    }

    /** Prose from the spec inside a sentence of ours: one line, without its closing period. */
    private static String sentenceBody(String markdown) {
        String line = oneLine(markdown);
        return line.endsWith(".") ? line.substring(0, line.length() - 1) : line;
    }

    /** The first sentence-like line only, for summaries and parameter lines. */
    public static String oneLine(String markdown) {
        return html(markdown).replace("\n", " ");
    }

    /**
     * A name from the spec as inline code: {@code {@code name}} when the name is safe there, else the
     * escaped {@link #code} form (a name holding {@code *}{@code /} would end the comment).
     */
    public static String inlineCode(String literal) {
        boolean safe = !literal.contains("*/")
                && literal.chars().noneMatch(c -> c < 0x20 || c == '\\' || c == '@' || c == '{' || c == '}');
        return safe ? "{@code " + literal + "}" : code(literal);
    }

    /** A literal value as inline code, escaped (unlike {@code {@code}}, entities render inside {@code <code>}). */
    public static String code(String literal) {
        return "<code>" + escape(literal) + "</code>";
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("*/", "*&#47;")
                .replace("@", "&#64;")
                .replace("\\", "&#92;");
    }

    private static void flushParagraph(List<String> blocks, StringBuilder paragraph) {
        if (paragraph.length() > 0) {
            blocks.add(paragraph.toString());
            paragraph.setLength(0);
        }
    }

    private static void flushList(List<String> blocks, List<String> items) {
        if (!items.isEmpty()) {
            StringBuilder list = new StringBuilder("<ul>");
            for (String item : items) {
                list.append("\n  <li>").append(item).append("</li>");
            }
            blocks.add(list.append("\n</ul>").toString());
            items.clear();
        }
    }

    private static String inline(String text) {
        String escaped = escape(text);
        StringBuilder out = new StringBuilder();
        boolean inCode = false;
        for (int i = 0; i < escaped.length(); i++) {
            char c = escaped.charAt(i);
            if (c == '`') {
                out.append(inCode ? "</code>" : "<code>");
                inCode = !inCode;
            } else if (c == '*' && i + 1 < escaped.length() && escaped.charAt(i + 1) == '*') {
                i++;
            } else {
                out.append(c);
            }
        }
        if (inCode) {
            out.append("</code>");
        }
        return out.toString();
    }
}
