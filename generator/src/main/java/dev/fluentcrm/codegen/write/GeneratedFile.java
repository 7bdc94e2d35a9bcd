package dev.fluentcrm.codegen.write;

import java.nio.charset.StandardCharsets;

/** One output file: a path relative to the output root (always with {@code /}) and its bytes. */
public record GeneratedFile(String path, byte[] content) {
    public static GeneratedFile text(String path, String text) {
        return new GeneratedFile(path, text.getBytes(StandardCharsets.UTF_8));
    }
}
