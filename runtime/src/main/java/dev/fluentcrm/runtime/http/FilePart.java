package dev.fluentcrm.runtime.http;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;

/** A file to upload in a {@code multipart/form-data} body, such as a CSV to import. */
public final class FilePart {
    private final String fileName;
    private final String contentType;
    private final byte[] content;

    private FilePart(String fileName, String contentType, byte[] content) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.contentType = Objects.requireNonNull(contentType, "contentType");
        this.content = content.clone();
    }

    public static FilePart of(String fileName, String contentType, byte[] content) {
        return new FilePart(fileName, contentType, Objects.requireNonNull(content, "content"));
    }

    /** The file's bytes, named as the file; the type is guessed from its name. */
    public static FilePart of(Path file) {
        try {
            String type = Files.probeContentType(file);
            return new FilePart(
                    file.getFileName().toString(),
                    type == null ? "application/octet-stream" : type,
                    Files.readAllBytes(file));
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read " + file, e);
        }
    }

    public String fileName() {
        return fileName;
    }

    public String contentType() {
        return contentType;
    }

    public byte[] content() {
        return content.clone();
    }

    byte[] contentUnsafe() {
        return content;
    }

    @Override
    public String toString() {
        return "FilePart[" + fileName + ", " + contentType + ", " + content.length + " bytes]";
    }
}
