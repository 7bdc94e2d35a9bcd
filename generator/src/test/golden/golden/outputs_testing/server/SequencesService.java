package golden.outputs_testing.server;

import dev.fluentcrm.server.error.ApiError;
import golden.outputs_testing.model.CreateSequenceRequest;
import golden.outputs_testing.model.CreateSequenceResponse;
import javax.annotation.processing.Generated;

/**
 * The Sequences operations of FluentCRM, as a server implements them: Email sequences (FluentCampaign Pro).
 *
 * <p>Every method answers 501 until overridden. Throw {@link ApiError} to answer with an error.
 */
@Generated("dev.fluentcrm.codegen.emit.server.ServiceEmitter")
public interface SequencesService {
    /**
     * Create a sequence.
     *
     * <p>Requires FluentCampaign Pro.
     *
     * <p>{@code POST /sequences}.
     *
     * @param body the request body, validated against the spec
     * @return the answer, sent as JSON with status 201
     * @throws ApiError to answer with an error instead
     */
    default CreateSequenceResponse create(CreateSequenceRequest body) {
        throw ApiError.notImplemented("createSequence");
    }

    /**
     * deleteSequence
     *
     * <p>{@code DELETE /sequences/{id}}.
     *
     * @param id the {@code id} path parameter
     * @throws ApiError to answer with an error instead
     */
    default void delete(Long id) {
        throw ApiError.notImplemented("deleteSequence");
    }
}
