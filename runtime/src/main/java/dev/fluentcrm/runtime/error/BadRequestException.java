package dev.fluentcrm.runtime.error;

/** 400 Bad Request: WordPress rejected the request (for example invalid JSON, or a parameter of the wrong type). */
public class BadRequestException extends FluentCrmException {
    private static final long serialVersionUID = 1L;

    public BadRequestException(ErrorResponse response) {
        super(response);
    }
}
