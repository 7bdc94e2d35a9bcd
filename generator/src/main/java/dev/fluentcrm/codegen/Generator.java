package dev.fluentcrm.codegen;

import com.palantir.javapoet.JavaFile;
import dev.fluentcrm.codegen.emit.client.ClientGenerator;
import dev.fluentcrm.codegen.load.ModelBuilder;
import dev.fluentcrm.codegen.load.SpecException;
import dev.fluentcrm.codegen.load.SpecLoader;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.net.URI;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import javax.lang.model.SourceVersion;

/**
 * The pipeline: spec files -> (swagger-parser) -> {@link Api} -> emitters -> files in memory.
 * Writing them is the caller's choice (CLI, Maven plugin, tests).
 */
public final class Generator {
    private static final Pattern PACKAGE = Pattern.compile("[a-z_][a-z0-9_]*(\\.[a-z_][a-z0-9_]*)*");

    private final String basePackage;

    public Generator(String basePackage) {
        if (!PACKAGE.matcher(basePackage).matches() || List.of(basePackage.split("\\.")).stream().anyMatch(SourceVersion::isKeyword)) {
            throw new IllegalArgumentException("Not a usable Java package name: '" + basePackage + "'");
        }
        this.basePackage = basePackage;
    }

    /** Loads and merges the specs (base first, then overlays) into the generator's model. */
    public static Api load(List<URI> specs) {
        return new ModelBuilder(new SpecLoader().load(specs)).build();
    }

    /** The client for {@code api}, as source files sorted by path. */
    public List<GeneratedFile> client(Api api) {
        List<GeneratedFile> files = new ArrayList<>();
        for (JavaFile file : new ClientGenerator(basePackage).generate(api)) {
            String path = file.packageName().replace('.', '/') + "/" + file.typeSpec().name() + ".java";
            files.add(GeneratedFile.text(path, file.toString()));
        }
        files.sort(Comparator.comparing(GeneratedFile::path));
        for (int i = 1; i < files.size(); i++) {
            if (files.get(i).path().equalsIgnoreCase(files.get(i - 1).path())) {
                throw new SpecException("Two generated types would share the file " + files.get(i).path());
            }
        }
        return files;
    }
}
