package golden.naming_operations;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Email Sequences operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.emailSequences()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class EmailSequencesApi {
    private final ApiExecutor executor;

    EmailSequencesApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.emailSequences().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public EmailSequencesApi withOptions(RequestOptions options) {
        return new EmailSequencesApi(executor.withOptions(options));
    }

    /**
     * listEmailSequences
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
     * getEmailSequence
     *
     * <p><code>GET /sequences/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void get(Long id) {
        getWithResponse(id);
    }

    /**
     * Like {@link #get}, with the status, headers and raw body of the answer.
     *
     * @see #get
     */
    public ApiResponse<Void> getWithResponse(Long id) {
        return executor.execute(getRequest(id));
    }

    /**
     * Like {@link #get}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #get
     */
    public CompletableFuture<Void> getAsync(Long id) {
        return executor.valueAsync(() -> getRequest(id));
    }

    private ApiRequest getRequest(Long id) {
        return ApiRequest.builder("GET", "/sequences/{id}")
                .path("id", id)
                .build();
    }
}
