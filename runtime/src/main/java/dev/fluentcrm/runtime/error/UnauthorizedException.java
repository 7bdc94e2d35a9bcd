package dev.fluentcrm.runtime.error;

/** 401 Unauthorized: the credentials are missing or wrong, or the login page answered instead of the API. */
public class UnauthorizedException extends FluentCrmException {
    private static final long serialVersionUID = 1L;

    public UnauthorizedException(ErrorResponse response) {
        super(response);
    }
}
