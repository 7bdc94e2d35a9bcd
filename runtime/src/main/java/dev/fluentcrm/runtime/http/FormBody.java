package dev.fluentcrm.runtime.http;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

/** Encodes form fields and files as {@code multipart/form-data}, or fields alone as URL-encoded. */
final class FormBody {
    private FormBody() {}

    static byte[] urlEncoded(List<Map.Entry<String, String>> fields) {
        return QueryValues.encode(fields).getBytes(StandardCharsets.UTF_8);
    }

    static byte[] multipart(String boundary, List<Map.Entry<String, String>> fields, Map<String, FilePart> files) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (Map.Entry<String, String> field : fields) {
            write(
                    out,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quote(field.getKey())
                            + "\"\r\n\r\n");
            write(out, field.getValue() + "\r\n");
        }
        for (Map.Entry<String, FilePart> file : files.entrySet()) {
            FilePart part = file.getValue();
            write(
                    out,
                    "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + quote(file.getKey())
                            + "\"; filename=\"" + quote(part.fileName()) + "\"\r\nContent-Type: " + part.contentType()
                            + "\r\n\r\n");
            out.writeBytes(part.contentUnsafe());
            write(out, "\r\n");
        }
        write(out, "--" + boundary + "--\r\n");
        return out.toByteArray();
    }

    private static String quote(String text) {
        return text.replace("\\", "\\\\")
                .replace("\"", "\\\"")
                .replace("\r", "")
                .replace("\n", "");
    }

    private static void write(ByteArrayOutputStream out, String text) {
        out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
    }
}
