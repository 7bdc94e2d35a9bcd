package dev.fluentcrm.codegen.emit.common;

import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.TypeSpec;
import dev.fluentcrm.codegen.write.GeneratedFile;
import java.util.List;

/** Builds and renders the Java files of every output the same way. */
public final class JavaSources {
    private JavaSources() {}

    /** A file holding {@code type} in {@code packageName}, indented by four spaces as hand-written code is. */
    public static JavaFile file(String packageName, TypeSpec type) {
        return JavaFile.builder(packageName, type)
                .skipJavaLangImports(true)
                .indent("    ")
                .build();
    }

    /**
     * Renders {@code files} at {@code <package path>/<Type>.java}, Javadoc wrapped (see
     * {@link SourceLayout}). Rendering is most of a
     * generation and each file renders on its own, so it uses every core; the result does not
     * depend on the order of work.
     */
    public static List<GeneratedFile> render(List<JavaFile> files) {
        return files.parallelStream()
                .map(file -> GeneratedFile.text(
                        file.packageName().replace('.', '/') + "/"
                                + file.typeSpec().name() + ".java",
                        SourceLayout.tidy(file.toString())))
                .toList();
    }
}
