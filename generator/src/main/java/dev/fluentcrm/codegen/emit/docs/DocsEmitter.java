package dev.fluentcrm.codegen.emit.docs;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.emit.Emitter;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code docs} output, rendered from the Mustache templates (a user's template directory
 * overrides ours by file name) with one {@link DocsModel}: {@code index.html}, the browsable
 * reference on one offline page; {@code README.md}; {@code docs/<module>.md} for every module and
 * {@code docs/models.md}.
 */
public final class DocsEmitter implements Emitter {
    @Override
    public List<GeneratedFile> emit(Api api, GeneratorOptions options) {
        Templates templates = new Templates(options.templates());
        DocsModel.Scope scope = DocsModel.scope(api, options, Generator.version());
        List<GeneratedFile> files = new ArrayList<>();
        files.add(GeneratedFile.text("index.html", templates.render("index.html.mustache", scope)));
        files.add(GeneratedFile.text("README.md", templates.render("README.md.mustache", scope)));
        files.add(GeneratedFile.text("docs/models.md", templates.render("models.md.mustache", scope)));
        for (int i = 0; i < api.modules().size(); i++) {
            files.add(GeneratedFile.text(
                    "docs/" + DocsModel.pageName(api.modules().get(i)),
                    templates.render(
                            "module.md.mustache",
                            scope.withModule(scope.modules().get(i)))));
        }
        return files;
    }
}
