package dev.fluentcrm.runtime.error;

import java.util.Map;

/**
 * 422 Unprocessable Entity: FluentCRM refused the input. {@link #fieldErrors()} holds its
 * validation map, field to rule to message ({@code email -> unique -> "The email has already
 * been taken."}); it is empty when the server only sent a message (FluentCRM also answers 422
 * for some missing records, such as an unknown contact).
 */
public class ValidationException extends FluentCrmException {
    private static final long serialVersionUID = 1L;

    private final Map<String, Map<String, String>> fieldErrors;

    public ValidationException(ErrorResponse response, Map<String, Map<String, String>> fieldErrors) {
        super(response);
        this.fieldErrors = Map.copyOf(fieldErrors);
    }

    /** Field name to failed rule to message; empty when the server sent no field map. */
    public Map<String, Map<String, String>> fieldErrors() {
        return fieldErrors;
    }
}
