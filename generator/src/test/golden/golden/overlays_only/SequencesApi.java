package golden.overlays_only;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.overlays_only.model.GetSequencePointsResponse;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Sequences operations of FluentCRM: email sequences (FluentCampaign Pro).
 *
 * <p>Get it from {@code crm.extension(SequencesApi::new)}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class SequencesApi {
    private final ApiExecutor executor;

    /**
     * This module on {@code executor}: the one {@code FluentCrmClient.extension(...)} hands over.
     */
    public SequencesApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.extension(SequencesApi::new).withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public SequencesApi withOptions(RequestOptions options) {
        return new SequencesApi(executor.withOptions(options));
    }

    /**
     * Points a sequence awards.
     *
     * <p><code>GET /sequences/{id}/points</code>.
     *
     * @param id the {@code id} path parameter
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public GetSequencePointsResponse getPoints(Long id) {
        return getPointsWithResponse(id).value();
    }

    /**
     * Like {@link #getPoints}, with the status, headers and raw body of the answer.
     *
     * @see #getPoints
     */
    public ApiResponse<GetSequencePointsResponse> getPointsWithResponse(Long id) {
        return executor.execute(getPointsRequest(id), GetSequencePointsResponse.class);
    }

    /**
     * Like {@link #getPoints}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #getPoints
     */
    public CompletableFuture<GetSequencePointsResponse> getPointsAsync(Long id) {
        return executor.valueAsync(() -> getPointsRequest(id), GetSequencePointsResponse.class);
    }

    private ApiRequest getPointsRequest(Long id) {
        return ApiRequest.builder("GET", "/sequences/{id}/points")
                .path("id", id)
                .build();
    }
}
