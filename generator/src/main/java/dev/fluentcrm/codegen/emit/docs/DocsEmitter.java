package dev.fluentcrm.codegen.emit.docs;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.GeneratorOptions;
import dev.fluentcrm.codegen.emit.Emitter;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * The {@code docs} output: {@code README.md} and {@code docs/<module>.md} for every module,
 * rendered from the Mustache templates (a user's template directory overrides ours by file name).
 */
public final class DocsEmitter implements Emitter {
    @Override
    public List<GeneratedFile> emit(Api api, GeneratorOptions options) {
        Templates templates = new Templates(options.templates());
        DocsModel.Scope scope = DocsModel.scope(api, options.project(), Generator.version());
        List<GeneratedFile> files = new ArrayList<>();
        files.add(GeneratedFile.text("README.md", templates.render("README.md.mustache", scope)));
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
