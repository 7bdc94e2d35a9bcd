package dev.fluentcrm.codegen.naming;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.SourceVersion;

/**
 * Turns any name the spec uses (JSON keys, PHP parameters such as {@code tags[]} or
 * {@code __force_update}, path segments, enum values) into Java identifiers. Pure functions:
 * the same input gives the same name on every run.
 */
public final class JavaNames {
    private static final String[] DIGITS = {
        "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
    };
    /** Names that compile but would shadow what generated code relies on. */
    private static final Set<String> RESERVED_MEMBERS = Set.of(
            "builder",
            "toBuilder",
            "additionalProperties",
            "getClass",
            "hashCode",
            "equals",
            "toString",
            "notify",
            "notifyAll",
            "wait",
            "clone",
            "finalize");

    private JavaNames() {}

    /** Splits a raw name into lower-case words at separators and camel-case humps. */
    static List<String> words(String raw) {
        List<String> words = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            if (!Character.isLetterOrDigit(c)) {
                flush(words, current);
                continue;
            }
            boolean hump = Character.isUpperCase(c)
                    && current.length() > 0
                    && (Character.isLowerCase(current.charAt(current.length() - 1))
                            || Character.isDigit(current.charAt(current.length() - 1))
                            || (i + 1 < raw.length() && Character.isLowerCase(raw.charAt(i + 1))));
            if (hump) {
                flush(words, current);
            }
            current.append(c);
        }
        flush(words, current);
        return words;
    }

    private static void flush(List<String> words, StringBuilder current) {
        if (current.length() > 0) {
            words.add(current.toString().toLowerCase(Locale.ROOT));
            current.setLength(0);
        }
    }

    /**
     * The longest type name handed out: each type is a file, and file systems refuse names over
     * 255 bytes (inline types nested deep in a schema would otherwise grow one word per level).
     */
    static final int MAX_TYPE_NAME = 120;

    /** {@code mailing_list} -> {@code MailingList}; {@code 2fa} -> {@code TwoFa}. */
    public static String typeName(String raw) {
        String name = pascal(words(raw));
        if (name.length() > MAX_TYPE_NAME) {
            // Cut, keeping the name unique with a hash of the whole.
            String hash = String.format(Locale.ROOT, "%08x", name.hashCode());
            name = name.substring(0, MAX_TYPE_NAME - hash.length()) + hash;
        }
        return name.isEmpty() ? "Unnamed" : name;
    }

    /** {@code __force_update} -> {@code forceUpdate}; {@code tags[]} -> {@code tags}; {@code class} -> {@code class_}. */
    public static String memberName(String raw) {
        String pascal = pascal(words(raw));
        if (pascal.isEmpty()) {
            return "value";
        }
        String name = Character.toLowerCase(pascal.charAt(0)) + pascal.substring(1);
        return SourceVersion.isKeyword(name) || RESERVED_MEMBERS.contains(name) ? name + "_" : name;
    }

    /** {@code sms-subscribed} -> {@code SMS_SUBSCRIBED}; {@code 1} -> {@code VALUE_1}; {@code ""} -> {@code EMPTY}. */
    public static String constantName(String raw) {
        List<String> words = words(raw);
        if (words.isEmpty()) {
            return raw.isEmpty()
                    ? "EMPTY"
                    : "SYMBOL_" + Integer.toHexString(raw.hashCode()).toUpperCase(Locale.ROOT);
        }
        String name = String.join("_", words).toUpperCase(Locale.ROOT);
        return Character.isDigit(name.charAt(0)) ? "VALUE_" + name : name;
    }

    private static String pascal(List<String> words) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i);
            if (i == 0 && Character.isDigit(word.charAt(0))) {
                // A Java name cannot start with a digit: spell the first one out.
                out.append(capitalize(DIGITS[Character.digit(word.charAt(0), 10)]));
                word = word.substring(1);
                if (word.isEmpty()) {
                    continue;
                }
            }
            out.append(capitalize(word));
        }
        return out.toString();
    }

    static String capitalize(String word) {
        return word.isEmpty() ? word : Character.toUpperCase(word.charAt(0)) + word.substring(1);
    }

    /** A crude English singular for naming list items: {@code contacts} -> {@code contact}, {@code statuses} -> {@code status}. */
    public static String singular(String word) {
        if (word.endsWith("ies") && word.length() > 3) {
            return word.substring(0, word.length() - 3) + "y";
        }
        if (word.endsWith("sses")
                || word.endsWith("xes")
                || word.endsWith("ches")
                || word.endsWith("shes")
                || word.endsWith("tuses")) {
            return word.substring(0, word.length() - 2);
        }
        if (word.endsWith("s") && !word.endsWith("ss") && !word.endsWith("us") && word.length() > 1) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
