package golden.naming_operations;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The email-sequences operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.emailSequences2()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class EmailSequencesApi2 {
    private final ApiExecutor executor;

    EmailSequencesApi2(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.emailSequences2().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public EmailSequencesApi2 withOptions(RequestOptions options) {
        return new EmailSequencesApi2(executor.withOptions(options));
    }

    /**
     * listLegacySequences
     *
     * <p>{@code GET /sequences-legacy}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void listLegacySequences() {
        listLegacySequencesWithResponse();
    }

    /**
     * Like {@link #listLegacySequences}, with the status, headers and raw body of the answer.
     *
     * @see #listLegacySequences
     */
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
    public CompletableFuture<Void> listLegacySequencesAsync() {
        return executor.valueAsync(() -> listLegacySequencesRequest());
    }

    private ApiRequest listLegacySequencesRequest() {
        return ApiRequest.builder("GET", "/sequences-legacy")
                .build();
    }
}
