package dev.fluentcrm.codegen.emit.docs;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * templates/README.md lists every variable a template receives; this derives the list from the
 * records of {@link DocsModel} and compares, so the list and the model never part.
 */
class TemplatesReadmeTest {
    private static final Path README =
            Path.of(System.getProperty("basedir", "")).toAbsolutePath().resolveSibling("templates/README.md");
    private static final String START =
            "<!-- variables:start (written from DocsModel; TemplatesReadmeTest checks it) -->\n";
    private static final String END = "<!-- variables:end -->";

    @Test
    void theReadmeListsExactlyTheVariablesOfTheModel() throws IOException {
        String readme = Files.readString(README);
        int start = readme.indexOf(START);
        int end = readme.indexOf(END);
        assertThat(start).as("templates/README.md has the variables block").isNotNegative();
        String listed = readme.substring(start + START.length(), end);
        String expected = String.join("\n", variables(DocsModel.Scope.class, "")) + "\n";
        if (Boolean.getBoolean("templates.readme.recreate")) {
            // -Dtemplates.readme.recreate=true rewrites the block from the model; read the diff before committing it.
            Files.writeString(README, readme.substring(0, start + START.length()) + expected + readme.substring(end));
            return;
        }
        assertThat(listed).as("the variables block should read:\n" + expected).isEqualTo(expected);
    }

    /** One Markdown list line per variable; a list's element variables are indented below it. */
    private static List<String> variables(Class<?> record, String indent) {
        List<String> lines = new ArrayList<>();
        for (RecordComponent component : record.getRecordComponents()) {
            Type type = component.getGenericType();
            if (type instanceof ParameterizedType list && List.class.equals(list.getRawType())) {
                Class<?> element = (Class<?>) list.getActualTypeArguments()[0];
                if (!element.isRecord()) {
                    lines.add(indent + "- `" + component.getName() + "`: a list of text; inside `{{#"
                            + component.getName() + "}}...{{/" + component.getName() + "}}`, `{{.}}` is one");
                    continue;
                }
                lines.add(indent + "- `" + component.getName() + "`: a list of " + element.getSimpleName()
                        + "; inside `{{#" + component.getName() + "}}...{{/" + component.getName() + "}}`:");
                lines.addAll(variables(element, indent + "  "));
            } else if (component.getType().isRecord()) {
                lines.add(indent + "- `" + component.getName() + "`: "
                        + component.getType().getSimpleName() + ", whose parts are written `" + component.getName()
                        + ".part`:");
                lines.addAll(variables(component.getType(), indent + "  "));
            } else {
                lines.add(indent + "- `" + component.getName() + "`: " + kind(component.getType()));
            }
        }
        return lines;
    }

    private static String kind(Class<?> type) {
        if (type == boolean.class || type == Boolean.class) {
            return "a flag, for `{{#name}}` and `{{^name}}`";
        }
        return type == int.class ? "a number" : "text";
    }
}
