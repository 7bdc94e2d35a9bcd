package dev.fluentcrm.runtime.error;

/**
 * An answer the SDK cannot use: a status no other exception covers (such as FluentCRM's 423
 * for database errors, or a redirect), or a success whose body does not decode into the
 * declared type.
 */
public class UnexpectedResponseException extends FluentCrmException {
    private static final long serialVersionUID = 1L;

    public UnexpectedResponseException(ErrorResponse response) {
        super(response);
    }

    public UnexpectedResponseException(String message, ErrorResponse response, Throwable cause) {
        super(
                response.call(),
                message,
                response.statusCode(),
                response.errorCode(),
                response.serverMessage(),
                response.headers(),
                response.rawBody(),
                cause);
    }
}
