package golden.naming_properties;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.naming_properties.model.Oddity;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Oddities operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.oddities()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class OdditiesApi {
    private final ApiExecutor executor;

    OdditiesApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.oddities().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public OdditiesApi withOptions(RequestOptions options) {
        return new OdditiesApi(executor.withOptions(options));
    }

    /**
     * One oddity.
     *
     * <p><code>GET /oddities/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Oddity get(Long id) {
        return getWithResponse(id).value();
    }

    /**
     * Like {@link #get}, with the status, headers and raw body of the answer.
     *
     * @see #get
     */
    public ApiResponse<Oddity> getWithResponse(Long id) {
        return executor.execute(getRequest(id), Oddity.class);
    }

    /**
     * Like {@link #get}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #get
     */
    public CompletableFuture<Oddity> getAsync(Long id) {
        return executor.valueAsync(() -> getRequest(id), Oddity.class);
    }

    private ApiRequest getRequest(Long id) {
        return ApiRequest.builder("GET", "/oddities/{id}")
                .path("id", id)
                .build();
    }
}
