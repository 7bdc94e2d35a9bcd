package dev.fluentcrm.runtime.error;

/** No answer arrived: the connection failed or broke, or the call timed out (see {@link #isTimeout()}). */
public class ApiConnectionException extends FluentCrmException {
    private static final long serialVersionUID = 1L;

    private final boolean timeout;

    public ApiConnectionException(String message, boolean timeout, Throwable cause) {
        this(null, message, timeout, cause);
    }

    /** A failure of {@code call} (method and URL, as {@link #call()} gives it). */
    public ApiConnectionException(String call, String message, boolean timeout, Throwable cause) {
        super(call, message, 0, null, null, null, null, cause);
        this.timeout = timeout;
    }

    public boolean isTimeout() {
        return timeout;
    }
}
