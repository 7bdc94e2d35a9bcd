package goldenserver.samples;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import goldenserver.samples.model.Campaign;
import goldenserver.samples.model.GetCampaignParams;
import goldenserver.samples.model.Subject;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Campaigns operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.campaigns()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class CampaignsApi {
    private static final TypeReference<List<Subject>> LIST_OF_SUBJECT = new TypeReference<>() {};

    private final ApiExecutor executor;

    CampaignsApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.campaigns().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public CampaignsApi withOptions(RequestOptions options) {
        return new CampaignsApi(executor.withOptions(options));
    }

    /**
     * getCampaign
     *
     * <p><code>GET /campaigns/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @param params the query parameters
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Campaign get(Long id, GetCampaignParams params) {
        return getWithResponse(id, params).value();
    }

    /**
     * Like {@link #get}, without optional parameters.
     *
     * @see #get
     */
    public Campaign get(Long id) {
        return get(id, GetCampaignParams.builder().build());
    }

    /**
     * Like {@link #get}, with the status, headers and raw body of the answer.
     *
     * @see #get
     */
    public ApiResponse<Campaign> getWithResponse(Long id, GetCampaignParams params) {
        return executor.execute(getRequest(id, params), Campaign.class);
    }

    /**
     * Like {@link #get}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #get
     */
    public CompletableFuture<Campaign> getAsync(Long id, GetCampaignParams params) {
        return executor.valueAsync(() -> getRequest(id, params), Campaign.class);
    }

    private ApiRequest getRequest(Long id, GetCampaignParams params) {
        if (params == null) {
            throw new IllegalArgumentException(
                    "getCampaign: params must not be null (use GetCampaignParams.builder().build())");
        }
        return ApiRequest.builder("GET", "/campaigns/{id}")
                .path("id", id)
                .queryAll("with[]", params.with())
                .queryExtras(params.additionalProperties())
                .build();
    }

    /**
     * updateSubjects
     *
     * <p><code>PUT /campaigns/{id}/subjects</code>.
     *
     * @param id the {@code id} path parameter
     * @param body the request body
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public List<Subject> updateSubjects(Long id, List<Subject> body) {
        return updateSubjectsWithResponse(id, body).value();
    }

    /**
     * Like {@link #updateSubjects}, with the status, headers and raw body of the answer.
     *
     * @see #updateSubjects
     */
    public ApiResponse<List<Subject>> updateSubjectsWithResponse(Long id, List<Subject> body) {
        return executor.execute(updateSubjectsRequest(id, body), LIST_OF_SUBJECT);
    }

    /**
     * Like {@link #updateSubjects}, without blocking: the future completes with the value or fails with the exception
     * the
     * blocking form would throw.
     *
     * @see #updateSubjects
     */
    public CompletableFuture<List<Subject>> updateSubjectsAsync(Long id, List<Subject> body) {
        return executor.valueAsync(() -> updateSubjectsRequest(id, body), LIST_OF_SUBJECT);
    }

    private ApiRequest updateSubjectsRequest(Long id, List<Subject> body) {
        if (body == null) {
            throw new IllegalArgumentException("updateSubjects needs a request body");
        }
        return ApiRequest.builder("PUT", "/campaigns/{id}/subjects")
                .path("id", id)
                .body(body)
                .build();
    }
}
