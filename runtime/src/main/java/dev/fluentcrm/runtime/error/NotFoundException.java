package dev.fluentcrm.runtime.error;

/** 404 Not Found: the record or the route does not exist. */
public class NotFoundException extends FluentCrmException {
    private static final long serialVersionUID = 1L;

    public NotFoundException(ErrorResponse response) {
        super(response);
    }
}
