package golden.all_of;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.all_of.model.GetThingResponse;
import golden.all_of.model.Named;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Things operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.things()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class ThingsApi {
    private final ApiExecutor executor;

    ThingsApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.things().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public ThingsApi withOptions(RequestOptions options) {
        return new ThingsApi(executor.withOptions(options));
    }

    /**
     * getThing
     *
     * <p><code>GET /things/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public GetThingResponse get(Long id) {
        return getWithResponse(id).value();
    }

    /**
     * Like {@link #get}, with the status, headers and raw body of the answer.
     *
     * @see #get
     */
    public ApiResponse<GetThingResponse> getWithResponse(Long id) {
        return executor.execute(getRequest(id), GetThingResponse.class);
    }

    /**
     * Like {@link #get}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #get
     */
    public CompletableFuture<GetThingResponse> getAsync(Long id) {
        return executor.valueAsync(() -> getRequest(id), GetThingResponse.class);
    }

    private ApiRequest getRequest(Long id) {
        return ApiRequest.builder("GET", "/things/{id}")
                .path("id", id)
                .build();
    }

    /**
     * getThingAlias
     *
     * <p><code>GET /things/{id}/alias</code>.
     *
     * @param id the {@code id} path parameter
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Named getAlias(Long id) {
        return getAliasWithResponse(id).value();
    }

    /**
     * Like {@link #getAlias}, with the status, headers and raw body of the answer.
     *
     * @see #getAlias
     */
    public ApiResponse<Named> getAliasWithResponse(Long id) {
        return executor.execute(getAliasRequest(id), Named.class);
    }

    /**
     * Like {@link #getAlias}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #getAlias
     */
    public CompletableFuture<Named> getAliasAsync(Long id) {
        return executor.valueAsync(() -> getAliasRequest(id), Named.class);
    }

    private ApiRequest getAliasRequest(Long id) {
        return ApiRequest.builder("GET", "/things/{id}/alias")
                .path("id", id)
                .build();
    }
}
