package golden.outputs_testing;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.outputs_testing.model.CreateSequenceRequest;
import golden.outputs_testing.model.CreateSequenceResponse;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Sequences operations of FluentCRM: email sequences (FluentCampaign Pro).
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
     * Create a sequence.
     *
     * <p>Requires FluentCampaign Pro.
     *
     * <p>{@code POST /sequences}.
     *
     * @param body the request body
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public CreateSequenceResponse create(CreateSequenceRequest body) {
        return createWithResponse(body).value();
    }

    /**
     * Like {@link #create}, with the status, headers and raw body of the answer.
     *
     * @see #create
     */
    public ApiResponse<CreateSequenceResponse> createWithResponse(CreateSequenceRequest body) {
        return executor.execute(createRequest(body), CreateSequenceResponse.class);
    }

    /**
     * Like {@link #create}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #create
     */
    public CompletableFuture<CreateSequenceResponse> createAsync(CreateSequenceRequest body) {
        return executor.valueAsync(() -> createRequest(body), CreateSequenceResponse.class);
    }

    private ApiRequest createRequest(CreateSequenceRequest body) {
        if (body == null) {
            throw new IllegalArgumentException("createSequence needs a request body");
        }
        return ApiRequest.builder("POST", "/sequences")
                .body(body)
                .build();
    }

    /**
     * deleteSequence
     *
     * <p><code>DELETE /sequences/{id}</code> (needs FluentCampaign Pro).
     *
     * @param id the {@code id} path parameter
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void delete(Long id) {
        deleteWithResponse(id);
    }

    /**
     * Like {@link #delete}, with the status, headers and raw body of the answer.
     *
     * @see #delete
     */
    public ApiResponse<Void> deleteWithResponse(Long id) {
        return executor.execute(deleteRequest(id));
    }

    /**
     * Like {@link #delete}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #delete
     */
    public CompletableFuture<Void> deleteAsync(Long id) {
        return executor.valueAsync(() -> deleteRequest(id));
    }

    private ApiRequest deleteRequest(Long id) {
        return ApiRequest.builder("DELETE", "/sequences/{id}")
                .path("id", id)
                .build();
    }
}
