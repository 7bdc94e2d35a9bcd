package dev.fluentcrm.codegen.golden;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.OutputKind;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The golden cases of the server and fixture emitters: each folder of
 * {@code src/test/resources/golden-server} holds a {@code spec.yaml}. Case {@code c} is generated
 * for the package {@code goldenserver.c} and committed below {@code src/test/golden-server}
 * (a test source root, and a test resource root for its fixture JSON), client included: the
 * server stubs and fixtures are typed with the client's models, so all three compile together.
 */
final class ServerGoldenCases {
    static final Path SPECS = GoldenCases.MODULE.resolve("src/test/resources/golden-server");
    /** The root of the expected files; case {@code c} owns {@code goldenserver/c/} below it. */
    static final Path EXPECTED = GoldenCases.MODULE.resolve("src/test/golden-server");

    private ServerGoldenCases() {}

    static List<String> names() {
        return GoldenCases.caseNames(SPECS);
    }

    static String packageOf(String name) {
        return "goldenserver." + name;
    }

    /** Client, server stubs and fixtures (Java and JSON) of a case, sorted by path relative to {@link #EXPECTED}. */
    static List<GeneratedFile> generate(String name) {
        Api api =
                Generator.load(List.of(SPECS.resolve(name).resolve("spec.yaml").toUri()));
        GeneratorOptions options =
                GeneratorOptions.of(packageOf(name), OutputKind.CLIENT, OutputKind.SERVER, OutputKind.FIXTURES);
        List<GeneratedFile> files =
                new ArrayList<>(new Generator(options).generate(api).all());
        files.sort(Comparator.comparing(GeneratedFile::path));
        return files;
    }

    static Path expectedFolder(String name) {
        return EXPECTED.resolve(packageOf(name).replace('.', '/'));
    }
}
