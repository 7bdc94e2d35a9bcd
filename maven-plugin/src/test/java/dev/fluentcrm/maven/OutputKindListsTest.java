package dev.fluentcrm.maven;

import static org.assertj.core.api.Assertions.assertThat;

import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.cli.Main;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/**
 * The kinds of output a user reads about in the command line's help and in the plugin's
 * documentation are exactly {@link OutputKind#values()}, in its order.
 */
class OutputKindListsTest {
    private static final List<String> KINDS =
            Arrays.stream(OutputKind.values()).map(OutputKind::id).toList();

    @Test
    void theCommandLineHelpListsEveryKind() {
        StringWriter out = new StringWriter();
        assertThat(Main.run(
                        new PrintWriter(out, true), new PrintWriter(new StringWriter(), true), "generate", "--help"))
                .isZero();
        String help = out.toString().replaceAll("\\s+", " ");
        Matcher outputs = Pattern.compile("--outputs=KIND\\[,KIND\\.\\.\\.]\\s.*?from: ([a-z, ]+);")
                .matcher(help);
        assertThat(outputs.find()).as("--outputs in:\n" + out).isTrue();
        assertThat(List.of(outputs.group(1).split(", "))).isEqualTo(KINDS);
    }

    @Test
    void thePluginDescriptorDocumentsEveryKind() throws Exception {
        for (String goal : List.of("generate", "check")) {
            String description = parameterDescription(goal, "outputs");
            // "What to emit, any of model, client, ... and project." ({@code} renders as plain text there)
            Matcher list = Pattern.compile("^What to emit, any of ([a-z, ]+) and ([a-z]+)\\.")
                    .matcher(description.strip());
            assertThat(list.find()).as(goal + ": " + description).isTrue();
            List<String> named = new ArrayList<>(List.of(list.group(1).split(", ")));
            named.add(list.group(2));
            assertThat(named).as(goal).isEqualTo(KINDS);
        }
    }

    private static String parameterDescription(String goal, String name) throws Exception {
        Document descriptor;
        try (InputStream in =
                OutputKindListsTest.class.getClassLoader().getResourceAsStream("META-INF/maven/plugin.xml")) {
            descriptor =
                    DocumentBuilderFactory.newInstance().newDocumentBuilder().parse(in);
        }
        NodeList mojos = descriptor.getElementsByTagName("mojo");
        for (int i = 0; i < mojos.getLength(); i++) {
            Element mojo = (Element) mojos.item(i);
            if (!mojo.getElementsByTagName("goal").item(0).getTextContent().equals(goal)) {
                continue;
            }
            NodeList parameters = mojo.getElementsByTagName("parameter");
            for (int j = 0; j < parameters.getLength(); j++) {
                Element parameter = (Element) parameters.item(j);
                if (parameter
                        .getElementsByTagName("name")
                        .item(0)
                        .getTextContent()
                        .equals(name)) {
                    return parameter.getElementsByTagName("description").item(0).getTextContent();
                }
            }
        }
        throw new AssertionError("No parameter " + name + " in goal " + goal);
    }
}
