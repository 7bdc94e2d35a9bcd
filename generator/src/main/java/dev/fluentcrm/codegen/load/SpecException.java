package dev.fluentcrm.codegen.load;

/**
 * A spec the generator cannot use. The message names the place (file and JSON pointer) and
 * what is wrong there, so it can be printed to a user as it is.
 */
public final class SpecException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpecException(String message) {
        super(message);
    }

    public SpecException(String message, Throwable cause) {
        super(message, cause);
    }

    static String pointer(String... segments) {
        StringBuilder out = new StringBuilder();
        for (String segment : segments) {
            out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
        }
        return out.toString();
    }
}
