package dev.fluentcrm.codegen.emit.common;

import java.util.ArrayList;
import java.util.List;

/**
 * The last touch on a rendered Java file, for what JavaPoet leaves undone. JavaPoet wraps code at
 * the wrap points the emitters mark, at 100 columns, but never comments, and a line without a wrap
 * point (a long type name, a long message) stays as long as it is. Here every line is brought under
 * {@value #WIDTH} columns: Javadoc is wrapped between words, and code at a blank outside literals
 * and comments (Java does not care where a line breaks there), splitting a string literal into a
 * concatenation when nothing else is left. Trailing blanks go too (a wrap point after {@code =}
 * leaves one).
 */
final class SourceLayout {
    /** The longest line a generated file has, as in hand-written code of this project. */
    static final int WIDTH = 120;
    /** How much deeper the continuation of a block tag ({@code @param}, {@code @return}, ...) is indented. */
    private static final String TAG_CONTINUATION = "    ";

    private SourceLayout() {}

    static String tidy(String source) {
        StringBuilder out = new StringBuilder(source.length() + source.length() / 50);
        boolean inPre = false;
        boolean inTag = false;
        for (String line : source.split("\n", -1)) {
            String stripped = line.stripTrailing();
            int star = commentStar(stripped);
            if (star < 0) {
                wrapCode(stripped, out);
                inTag = false;
                continue;
            }
            String text = stripped.length() > star + 2 ? stripped.substring(star + 2) : "";
            inPre = inPre || text.contains("<pre>");
            inTag = text.startsWith("@") || (inTag && !text.isEmpty());
            if (stripped.length() <= WIDTH || inPre) {
                out.append(stripped).append('\n');
            } else {
                String prefix = stripped.substring(0, star) + "* ";
                wrap(text, prefix, inTag ? prefix + TAG_CONTINUATION : prefix, out);
            }
            inPre = inPre && !text.contains("</pre>");
        }
        out.setLength(out.length() - 1); // the split kept the text after the last line break
        return out.toString();
    }

    /** Appends a code line, broken into continuation lines (eight blanks deeper) while it is too long. */
    private static void wrapCode(String line, StringBuilder out) {
        String rest = line;
        String continuation = null;
        while (rest.length() > WIDTH) {
            if (continuation == null) {
                continuation = " ".repeat(indentOf(rest) + 8);
            }
            int minimum = indentOf(rest) + 1;
            int at = breakingBlank(rest, minimum);
            if (at > 0) {
                out.append(rest, 0, at).append('\n');
                rest = continuation + rest.substring(at + 1).stripLeading();
                continue;
            }
            int split = literalSplit(rest, minimum);
            if (split < 0) {
                break; // One token longer than a line: nothing to do but keep it.
            }
            out.append(rest, 0, split).append("\" +\n");
            rest = continuation + "\"" + rest.substring(split);
        }
        out.append(rest).append('\n');
    }

    private static int indentOf(String line) {
        int indent = 0;
        while (indent < line.length() && line.charAt(indent) == ' ') {
            indent++;
        }
        return indent;
    }

    /**
     * The last blank before the width limit that is outside string and char literals and before any
     * {@code //} comment, past {@code minimum}; -1 when there is none.
     */
    private static int breakingBlank(String line, int minimum) {
        int best = -1;
        char quote = 0;
        for (int i = 0; i < line.length() && i < WIDTH; i++) {
            char c = line.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '/' && i + 1 < line.length() && line.charAt(i + 1) == '/') {
                break;
            } else if (c == ' ' && i >= minimum && i + 1 < line.length()) {
                best = i;
            }
        }
        return best;
    }

    /**
     * Where to cut the string literal that crosses the width limit: just after its last blank that
     * still fits (with the closing quote and {@code " +"}), so that {@code "a b"} becomes
     * {@code "a " + "b"}; -1 when no literal offers one.
     */
    private static int literalSplit(String line, int minimum) {
        int limit = WIDTH - 3;
        int best = -1;
        boolean inString = false;
        for (int i = 0; i < line.length() && i < limit; i++) {
            char c = line.charAt(i);
            if (inString) {
                if (c == '\\') {
                    i++;
                } else if (c == '"') {
                    inString = false;
                } else if (c == ' ' && i >= minimum) {
                    best = i + 1;
                }
            } else if (c == '"') {
                inString = true;
                best = -1;
            } else if (c == '\'') {
                i += line.charAt(i + 1) == '\\' ? 3 : 2;
            }
        }
        return inString ? best : -1;
    }

    /** The words of {@code text}; one longer than {@code room} comes in pieces that end in a slash. */
    private static List<String> words(String text, int room) {
        List<String> words = new ArrayList<>();
        for (String word : text.split(" ")) {
            String rest = word;
            int slash;
            while (rest.length() > room && (slash = rest.lastIndexOf('/', room - 1)) > 0) {
                words.add(rest.substring(0, slash + 1));
                rest = rest.substring(slash + 1);
            }
            words.add(rest);
        }
        return words;
    }

    /** Where the {@code *} of a Javadoc body line is, or -1 for any other line. */
    private static int commentStar(String line) {
        int star = 0;
        while (star < line.length() && line.charAt(star) == ' ') {
            star++;
        }
        boolean body = star < line.length()
                && line.charAt(star) == '*'
                && (line.length() == star + 1 || line.charAt(star + 1) == ' ');
        return body ? star : -1;
    }

    /**
     * Breaks {@code text} at spaces so each line, prefix included, fits. A word longer than a line
     * (a JSON pointer into the spec) is broken after one of its slashes; without a slash it stays whole.
     */
    private static void wrap(String text, String firstPrefix, String nextPrefix, StringBuilder out) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(firstPrefix);
        int start = firstPrefix.length();
        for (String word : words(text, WIDTH - nextPrefix.length())) {
            if (line.length() > start && line.length() + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(nextPrefix);
                start = nextPrefix.length();
            }
            if (line.length() > start) {
                line.append(' ');
            }
            line.append(word);
        }
        lines.add(line.toString());
        lines.forEach(l -> out.append(l).append('\n'));
    }
}
