package golden.nested_objects;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.nested_objects.model.Campaign;
import golden.nested_objects.model.CreateCampaignRequest;
import golden.nested_objects.model.GetCampaignResponse;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Campaigns operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.campaigns()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class CampaignsApi {
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
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public GetCampaignResponse get(Long id) {
        return getWithResponse(id).value();
    }

    /**
     * Like {@link #get}, with the status, headers and raw body of the answer.
     *
     * @see #get
     */
    public ApiResponse<GetCampaignResponse> getWithResponse(Long id) {
        return executor.execute(getRequest(id), GetCampaignResponse.class);
    }

    /**
     * Like {@link #get}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #get
     */
    public CompletableFuture<GetCampaignResponse> getAsync(Long id) {
        return executor.valueAsync(() -> getRequest(id), GetCampaignResponse.class);
    }

    private ApiRequest getRequest(Long id) {
        return ApiRequest.builder("GET", "/campaigns/{id}")
                .path("id", id)
                .build();
    }

    /**
     * createCampaign
     *
     * <p>{@code POST /campaigns}.
     *
     * @param body the request body
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Campaign create(CreateCampaignRequest body) {
        return createWithResponse(body).value();
    }

    /**
     * Like {@link #create}, with the status, headers and raw body of the answer.
     *
     * @see #create
     */
    public ApiResponse<Campaign> createWithResponse(CreateCampaignRequest body) {
        return executor.execute(createRequest(body), Campaign.class);
    }

    /**
     * Like {@link #create}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #create
     */
    public CompletableFuture<Campaign> createAsync(CreateCampaignRequest body) {
        return executor.valueAsync(() -> createRequest(body), Campaign.class);
    }

    private ApiRequest createRequest(CreateCampaignRequest body) {
        if (body == null) {
            throw new IllegalArgumentException("createCampaign needs a request body");
        }
        return ApiRequest.builder("POST", "/campaigns")
                .body(body)
                .build();
    }
}
