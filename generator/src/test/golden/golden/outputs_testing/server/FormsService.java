package golden.outputs_testing.server;

import dev.fluentcrm.server.error.ApiError;
import golden.outputs_testing.model.FormSubmission;
import golden.outputs_testing.model.SubmitFormResponse;
import javax.annotation.processing.Generated;

/**
 * The Forms operations of FluentCRM, as a server implements them.
 *
 * <p>Every method answers 501 until overridden. Throw {@link ApiError} to answer with an error.
 */
@Generated("dev.fluentcrm.codegen.emit.server.ServiceEmitter")
public interface FormsService {
    /**
     * Submit a public form.
     *
     * <p>Visitors call this without credentials.
     *
     * <p>{@code POST /forms/{id}/submit}.
     *
     * @param id the {@code id} path parameter
     * @param body the request body, validated against the spec
     * @return the answer, sent as JSON with status 200
     * @throws ApiError to answer with an error instead
     */
    default SubmitFormResponse submit(Long id, FormSubmission body) {
        throw ApiError.notImplemented("submitForm");
    }

    /**
     * formsHealth
     *
     * <p>{@code GET /forms/health}.
     *
     * @throws ApiError to answer with an error instead
     */
    default void formsHealth() {
        throw ApiError.notImplemented("formsHealth");
    }
}
