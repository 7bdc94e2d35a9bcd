package dev.fluentcrm.spec.bundle;

/** A problem in the spec sources, named by file and JSON pointer so it can be fixed at once. */
public final class SpecBundleException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SpecBundleException(String message) {
        super(message);
    }

    public SpecBundleException(String message, Throwable cause) {
        super(message, cause);
    }
}
