package golden.pro_flag;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Sequences operations of FluentCRM: email sequences (drip campaigns).
 *
 * <p>Get it from {@code FluentCrmClient.sequences()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class SequencesApi {
    private final ApiExecutor executor;

    SequencesApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.sequences().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public SequencesApi withOptions(RequestOptions options) {
        return new SequencesApi(executor.withOptions(options));
    }

    /**
     * List sequences.
     *
     * <p>Returns every sequence. Requires FluentCampaign Pro.
     *
     * <p>{@code GET /sequences}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void list() {
        listWithResponse();
    }

    /**
     * Like {@link #list}, with the status, headers and raw body of the answer.
     *
     * @see #list
     */
    public ApiResponse<Void> listWithResponse() {
        return executor.execute(listRequest());
    }

    /**
     * Like {@link #list}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #list
     */
    public CompletableFuture<Void> listAsync() {
        return executor.valueAsync(() -> listRequest());
    }

    private ApiRequest listRequest() {
        return ApiRequest.builder("GET", "/sequences")
                .build();
    }

    /**
     * Create a sequence.
     *
     * <p>{@code POST /sequences} (needs FluentCampaign Pro).
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void create() {
        createWithResponse();
    }

    /**
     * Like {@link #create}, with the status, headers and raw body of the answer.
     *
     * @see #create
     */
    public ApiResponse<Void> createWithResponse() {
        return executor.execute(createRequest());
    }

    /**
     * Like {@link #create}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #create
     */
    public CompletableFuture<Void> createAsync() {
        return executor.valueAsync(() -> createRequest());
    }

    private ApiRequest createRequest() {
        return ApiRequest.builder("POST", "/sequences")
                .build();
    }

    /**
     * Sequence stats.
     *
     * <p>{@code GET /sequences/stats}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void getStats() {
        getStatsWithResponse();
    }

    /**
     * Like {@link #getStats}, with the status, headers and raw body of the answer.
     *
     * @see #getStats
     */
    public ApiResponse<Void> getStatsWithResponse() {
        return executor.execute(getStatsRequest());
    }

    /**
     * Like {@link #getStats}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #getStats
     */
    public CompletableFuture<Void> getStatsAsync() {
        return executor.valueAsync(() -> getStatsRequest());
    }

    private ApiRequest getStatsRequest() {
        return ApiRequest.builder("GET", "/sequences/stats")
                .build();
    }

    /**
     * Old list.
     *
     * <p>Kept for old clients.
     *
     * <ul>
     *   <li>use <code>listSequences</code></li>
     *   <li>it pages</li>
     * </ul>
     *
     * <p>{@code GET /sequences/legacy}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    @Deprecated
    public void listLegacySequences() {
        listLegacySequencesWithResponse();
    }

    /**
     * Like {@link #listLegacySequences}, with the status, headers and raw body of the answer.
     *
     * @see #listLegacySequences
     */
    @Deprecated
    public ApiResponse<Void> listLegacySequencesWithResponse() {
        return executor.execute(listLegacySequencesRequest());
    }

    /**
     * Like {@link #listLegacySequences}, without blocking: the future completes with the value or fails with the
     * exception the
     * blocking form would throw.
     *
     * @see #listLegacySequences
     */
    @Deprecated
    public CompletableFuture<Void> listLegacySequencesAsync() {
        return executor.valueAsync(() -> listLegacySequencesRequest());
    }

    private ApiRequest listLegacySequencesRequest() {
        return ApiRequest.builder("GET", "/sequences/legacy")
                .build();
    }
}
