package dev.fluentcrm.codegen.emit.docs;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.emit.Emitter;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.List;

/**
 * The {@code project} output: the {@code pom.xml} that makes the generated client and its docs a
 * standalone Maven project, rendered from the {@code pom.xml.mustache} template.
 */
public final class ProjectEmitter implements Emitter {
    @Override
    public List<GeneratedFile> emit(Api api, GeneratorOptions options) {
        DocsModel.Scope scope = DocsModel.scope(api, options, Generator.version());
        return List.of(
                GeneratedFile.text("pom.xml", new Templates(options.templates()).render("pom.xml.mustache", scope)));
    }
}
