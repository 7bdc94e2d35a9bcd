package dev.fluentcrm.runtime.error;

/** 5xx: the server failed (a PHP fatal error, a database error, or a proxy in front of WordPress). */
public class ServerException extends FluentCrmException {
    private static final long serialVersionUID = 1L;

    public ServerException(ErrorResponse response) {
        super(response);
    }
}
