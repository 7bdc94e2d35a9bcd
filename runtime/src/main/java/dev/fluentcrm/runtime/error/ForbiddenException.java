package dev.fluentcrm.runtime.error;

/** 403 Forbidden: the user lacks the FluentCRM permission the operation needs. */
public class ForbiddenException extends FluentCrmException {
    private static final long serialVersionUID = 1L;

    public ForbiddenException(ErrorResponse response) {
        super(response);
    }
}
