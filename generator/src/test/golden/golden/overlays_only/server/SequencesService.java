package golden.overlays_only.server;

import dev.fluentcrm.server.error.ApiError;
import golden.overlays_only.model.GetSequencePointsResponse;
import javax.annotation.processing.Generated;

/**
 * The Sequences operations of FluentCRM, as a server implements them: Email sequences (FluentCampaign Pro).
 *
 * <p>Every method answers 501 until overridden. Throw {@link ApiError} to answer with an error.
 */
@Generated("dev.fluentcrm.codegen.emit.server.ServiceEmitter")
public interface SequencesService {
    /**
     * Points a sequence awards.
     *
     * <p>{@code GET /sequences/{id}/points}.
     *
     * @param id the {@code id} path parameter
     * @return the answer, sent as JSON with status 200
     * @throws ApiError to answer with an error instead
     */
    default GetSequencePointsResponse getPoints(Long id) {
        throw ApiError.notImplemented("getSequencePoints");
    }
}
