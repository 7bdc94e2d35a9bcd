package golden.overlays_only.server;

import dev.fluentcrm.server.error.ApiError;
import golden.outputs_testing.model.FormSubmission;
import golden.overlays_only.model.LoyaltyPoints;
import javax.annotation.processing.Generated;

/**
 * The Loyalty operations of FluentCRM, as a server implements them: Loyalty points a site plugin keeps per contact.
 *
 * <p>Every method answers 501 until overridden. Throw {@link ApiError} to answer with an error.
 */
@Generated("dev.fluentcrm.codegen.emit.server.ServiceEmitter")
public interface LoyaltyService {
    /**
     * Get a contact's points.
     *
     * <p>{@code GET /loyalty/{id}/points}.
     *
     * @param id the {@code id} path parameter
     * @return the answer, sent as JSON with status 200
     * @throws ApiError to answer with an error instead
     */
    default LoyaltyPoints getPoints(Long id) {
        throw ApiError.notImplemented("getLoyaltyPoints");
    }

    /**
     * Add points for a form submission.
     *
     * <p>{@code POST /loyalty/{id}/points}.
     *
     * @param id the {@code id} path parameter
     * @param body the request body, validated against the spec
     * @return the answer, sent as JSON with status 200
     * @throws ApiError to answer with an error instead
     */
    default FormSubmission addPoints(Long id, FormSubmission body) {
        throw ApiError.notImplemented("addLoyaltyPoints");
    }
}
