package dev.fluentcrm.codegen.naming;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.SourceVersion;

/**
 * Names the methods of a module class. Inside {@code client.contacts()} the module's noun is
 * implied, so {@code listContacts} reads better as {@code list} and {@code getContactNotes} as
 * {@code getNotes}. The noun is only dropped right after the leading verb, and only when the
 * short names of the module stay unique and are not Java keywords; otherwise the operationId
 * is kept as it is.
 */
public final class MethodNames {
    private MethodNames() {}

    /** Method names for the operationIds of one module, in the same order. */
    public static List<String> forModule(String moduleTag, List<String> operationIds) {
        List<String> nouns = nouns(moduleTag);
        List<String> shortNames = new ArrayList<>();
        Map<String, Integer> uses = new HashMap<>();
        for (String id : operationIds) {
            String shortName = shorten(JavaNames.memberName(id), nouns);
            shortNames.add(shortName);
            uses.merge(shortName, 1, Integer::sum);
        }
        // withOptions is the method every module class has for per-call options.
        UniqueNames names = new UniqueNames().reserve("withOptions");
        List<String> result = new ArrayList<>();
        for (int i = 0; i < operationIds.size(); i++) {
            String shortName = shortNames.get(i);
            boolean usable = uses.get(shortName) == 1 && !SourceVersion.isKeyword(shortName);
            result.add(names.claim(usable ? shortName : JavaNames.memberName(operationIds.get(i))));
        }
        return result;
    }

    /** The module's noun in the forms an operationId may use: {@code Contacts} -> contacts, contact. */
    private static List<String> nouns(String moduleTag) {
        String joined = String.join("", JavaNames.words(moduleTag));
        List<String> nouns = new ArrayList<>();
        nouns.add(joined);
        String singular = JavaNames.singular(joined);
        if (!singular.equals(joined)) {
            nouns.add(singular);
        }
        return nouns;
    }

    private static String shorten(String methodName, List<String> nouns) {
        List<String> words = JavaNames.words(methodName);
        if (words.size() < 2) {
            return methodName;
        }
        String verb = words.get(0);
        String rest = String.join("", words.subList(1, words.size()));
        for (String noun : nouns) {
            if (rest.startsWith(noun)) {
                List<String> remaining = words.subList(1, words.size());
                // Drop exactly the words that make up the noun.
                StringBuilder consumed = new StringBuilder();
                int taken = 0;
                while (taken < remaining.size() && consumed.length() < noun.length()) {
                    consumed.append(remaining.get(taken++));
                }
                if (consumed.toString().equals(noun)) {
                    List<String> kept = new ArrayList<>();
                    kept.add(verb);
                    kept.addAll(remaining.subList(taken, remaining.size()));
                    String shortName = JavaNames.memberName(String.join("_", kept));
                    return shortName.endsWith("_") ? methodName : shortName;
                }
            }
        }
        return methodName;
    }
}
