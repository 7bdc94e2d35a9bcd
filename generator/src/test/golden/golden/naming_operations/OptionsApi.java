package golden.naming_operations;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Options operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.options2()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class OptionsApi {
    private final ApiExecutor executor;

    OptionsApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.options2().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public OptionsApi withOptions(RequestOptions options) {
        return new OptionsApi(executor.withOptions(options));
    }

    /**
     * getOptions
     *
     * <p>{@code GET /options}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void get() {
        getWithResponse();
    }

    /**
     * Like {@link #get}, with the status, headers and raw body of the answer.
     *
     * @see #get
     */
    public ApiResponse<Void> getWithResponse() {
        return executor.execute(getRequest());
    }

    /**
     * Like {@link #get}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #get
     */
    public CompletableFuture<Void> getAsync() {
        return executor.valueAsync(() -> getRequest());
    }

    private ApiRequest getRequest() {
        return ApiRequest.builder("GET", "/options")
                .build();
    }
}
