package goldenserver.samples.server;

import dev.fluentcrm.server.error.ApiError;
import goldenserver.samples.model.Campaign;
import goldenserver.samples.model.GetCampaignParams;
import goldenserver.samples.model.Subject;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The Campaigns operations of FluentCRM, as a server implements them.
 *
 * <p>Every method answers 501 until overridden. Throw {@link ApiError} to answer with an error.
 */
@Generated("dev.fluentcrm.codegen.emit.server.ServiceEmitter")
public interface CampaignsService {
    /**
     * getCampaign
     *
     * <p>{@code GET /campaigns/{id}}.
     *
     * @param id the {@code id} path parameter
     * @param params the query parameters, validated against the spec
     * @return the answer, sent as JSON with status 200
     * @throws ApiError to answer with an error instead
     */
    default Campaign get(Long id, GetCampaignParams params) {
        throw ApiError.notImplemented("getCampaign");
    }

    /**
     * updateSubjects
     *
     * <p>{@code PUT /campaigns/{id}/subjects}.
     *
     * @param id the {@code id} path parameter
     * @param body the request body, validated against the spec
     * @return the answer, sent as JSON with status 200
     * @throws ApiError to answer with an error instead
     */
    default List<Subject> updateSubjects(Long id, List<Subject> body) {
        throw ApiError.notImplemented("updateSubjects");
    }
}
