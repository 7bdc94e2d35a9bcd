package dev.fluentcrm.codegen.emit.docs;

import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.ArrayList;
import java.util.List;

/**
 * Renders the non-Java files of a generated SDK from Mustache templates: {@code README.md},
 * {@code docs/<module>.md} for every module, and on request the {@code pom.xml} that makes
 * the output a standalone Maven project.
 */
public final class DocsGenerator {
    private final ProjectInfo project;
    private final Templates templates;
    private final String generatorVersion;

    public DocsGenerator(ProjectInfo project, Templates templates, String generatorVersion) {
        this.project = project;
        this.templates = templates;
        this.generatorVersion = generatorVersion;
    }

    /** README and module pages, sorted by path. */
    public List<GeneratedFile> docs(Api api) {
        DocsModel.Scope scope = DocsModel.scope(api, project, generatorVersion);
        List<GeneratedFile> files = new ArrayList<>();
        files.add(GeneratedFile.text("README.md", templates.render("README.md.mustache", scope)));
        for (int i = 0; i < api.modules().size(); i++) {
            ApiModule module = api.modules().get(i);
            files.add(GeneratedFile.text("docs/" + DocsModel.pageName(module),
                    templates.render("module.md.mustache", scope.withModule(scope.modules().get(i)))));
        }
        files.sort(java.util.Comparator.comparing(GeneratedFile::path));
        return files;
    }

    /** The {@code pom.xml} of a standalone project holding the client. */
    public GeneratedFile pom(Api api) {
        return GeneratedFile.text("pom.xml", templates.render("pom.xml.mustache", DocsModel.scope(api, project, generatorVersion)));
    }
}
