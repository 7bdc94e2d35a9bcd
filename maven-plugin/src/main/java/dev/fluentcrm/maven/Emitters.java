package dev.fluentcrm.maven;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.emit.docs.ProjectInfo;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.nio.file.Path;
import java.util.List;

/** Calls the generator method behind each {@link OutputKind}. */
final class Emitters {
    private Emitters() {
    }

    static List<GeneratedFile> emit(OutputKind output, Generator generator, Api api, ProjectInfo project, Path templates) {
        return switch (output) {
            case CLIENT -> generator.client(api);
            case SERVER -> generator.server(api);
            case FIXTURES -> generator.fixtures(api);
            case DOCS -> generator.docs(api, project, templates);
        };
    }
}
