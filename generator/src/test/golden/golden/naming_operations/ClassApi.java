package golden.naming_operations;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The class operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.class_()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class ClassApi {
    private final ApiExecutor executor;

    ClassApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.class_().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public ClassApi withOptions(RequestOptions options) {
        return new ClassApi(executor.withOptions(options));
    }

    /**
     * listClasses
     *
     * <p>{@code GET /classes}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void listClasses() {
        listClassesWithResponse();
    }

    /**
     * Like {@link #listClasses}, with the status, headers and raw body of the answer.
     *
     * @see #listClasses
     */
    public ApiResponse<Void> listClassesWithResponse() {
        return executor.execute(listClassesRequest());
    }

    /**
     * Like {@link #listClasses}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #listClasses
     */
    public CompletableFuture<Void> listClassesAsync() {
        return executor.valueAsync(() -> listClassesRequest());
    }

    private ApiRequest listClassesRequest() {
        return ApiRequest.builder("GET", "/classes")
                .build();
    }
}
