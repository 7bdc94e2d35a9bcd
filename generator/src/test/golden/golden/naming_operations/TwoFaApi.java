package golden.naming_operations;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The 2fa operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.twoFa()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class TwoFaApi {
    private final ApiExecutor executor;

    TwoFaApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.twoFa().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public TwoFaApi withOptions(RequestOptions options) {
        return new TwoFaApi(executor.withOptions(options));
    }

    /**
     * verify2fa
     *
     * <p>{@code POST /2fa/verify}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void verify2fa() {
        verify2faWithResponse();
    }

    /**
     * Like {@link #verify2fa}, with the status, headers and raw body of the answer.
     *
     * @see #verify2fa
     */
    public ApiResponse<Void> verify2faWithResponse() {
        return executor.execute(verify2faRequest());
    }

    /**
     * Like {@link #verify2fa}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #verify2fa
     */
    public CompletableFuture<Void> verify2faAsync() {
        return executor.valueAsync(() -> verify2faRequest());
    }

    private ApiRequest verify2faRequest() {
        return ApiRequest.builder("POST", "/2fa/verify")
                .build();
    }
}
