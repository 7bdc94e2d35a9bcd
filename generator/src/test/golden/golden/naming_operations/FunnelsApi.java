package golden.naming_operations;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.naming_operations.model.AddFunnelStepParams;
import golden.naming_operations.model.AddFunnelStepRequest;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Funnels operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.funnels()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class FunnelsApi {
    private final ApiExecutor executor;

    FunnelsApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.funnels().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public FunnelsApi withOptions(RequestOptions options) {
        return new FunnelsApi(executor.withOptions(options));
    }

    /**
     * importFunnel
     *
     * <p>{@code POST /funnels/import}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void importFunnel() {
        importFunnelWithResponse();
    }

    /**
     * Like {@link #importFunnel}, with the status, headers and raw body of the answer.
     *
     * @see #importFunnel
     */
    public ApiResponse<Void> importFunnelWithResponse() {
        return executor.execute(importFunnelRequest());
    }

    /**
     * Like {@link #importFunnel}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #importFunnel
     */
    public CompletableFuture<Void> importFunnelAsync() {
        return executor.valueAsync(() -> importFunnelRequest());
    }

    private ApiRequest importFunnelRequest() {
        return ApiRequest.builder("POST", "/funnels/import")
                .build();
    }

    /**
     * listFunnelSubscribers
     *
     * <p><code>GET /funnels/{funnel_id}/subscribers</code>.
     *
     * @param funnelId the {@code funnel_id} path parameter
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void listSubscribers(Long funnelId) {
        listSubscribersWithResponse(funnelId);
    }

    /**
     * Like {@link #listSubscribers}, with the status, headers and raw body of the answer.
     *
     * @see #listSubscribers
     */
    public ApiResponse<Void> listSubscribersWithResponse(Long funnelId) {
        return executor.execute(listSubscribersRequest(funnelId));
    }

    /**
     * Like {@link #listSubscribers}, without blocking: the future completes with the value or fails with the exception
     * the
     * blocking form would throw.
     *
     * @see #listSubscribers
     */
    public CompletableFuture<Void> listSubscribersAsync(Long funnelId) {
        return executor.valueAsync(() -> listSubscribersRequest(funnelId));
    }

    private ApiRequest listSubscribersRequest(Long funnelId) {
        return ApiRequest.builder("GET", "/funnels/{funnel_id}/subscribers")
                .path("funnel_id", funnelId)
                .build();
    }

    /**
     * wait
     *
     * <p>{@code POST /funnels/wait}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void wait_() {
        wait_WithResponse();
    }

    /**
     * Like {@link #wait_}, with the status, headers and raw body of the answer.
     *
     * @see #wait_
     */
    public ApiResponse<Void> wait_WithResponse() {
        return executor.execute(wait_Request());
    }

    /**
     * Like {@link #wait_}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #wait_
     */
    public CompletableFuture<Void> wait_Async() {
        return executor.valueAsync(() -> wait_Request());
    }

    private ApiRequest wait_Request() {
        return ApiRequest.builder("POST", "/funnels/wait")
                .build();
    }

    /**
     * addFunnelStep
     *
     * <p>Path parameters named like the generated code's own variables.
     *
     * <p><code>POST /funnels/{executor}/steps/{body}</code>.
     *
     * @param executorParam the {@code executor} path parameter
     * @param bodyParam the {@code body} path parameter
     * @param body the request body
     * @param params the query parameters
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void addStep(Long executorParam, String bodyParam, AddFunnelStepRequest body,
            AddFunnelStepParams params) {
        addStepWithResponse(executorParam, bodyParam, body, params);
    }

    /**
     * Like {@link #addStep}, without optional parameters.
     *
     * @see #addStep
     */
    public void addStep(Long executorParam, String bodyParam, AddFunnelStepRequest body) {
        addStep(executorParam, bodyParam, body, AddFunnelStepParams.builder().build());
    }

    /**
     * Like {@link #addStep}, with the status, headers and raw body of the answer.
     *
     * @see #addStep
     */
    public ApiResponse<Void> addStepWithResponse(Long executorParam, String bodyParam,
            AddFunnelStepRequest body, AddFunnelStepParams params) {
        return executor.execute(addStepRequest(executorParam, bodyParam, body, params));
    }

    /**
     * Like {@link #addStep}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #addStep
     */
    public CompletableFuture<Void> addStepAsync(Long executorParam, String bodyParam,
            AddFunnelStepRequest body, AddFunnelStepParams params) {
        return executor.valueAsync(() -> addStepRequest(executorParam, bodyParam, body, params));
    }

    private ApiRequest addStepRequest(Long executorParam, String bodyParam,
            AddFunnelStepRequest body, AddFunnelStepParams params) {
        if (params == null) {
            throw new IllegalArgumentException(
                    "addFunnelStep: params must not be null (use AddFunnelStepParams.builder().build())");
        }
        return ApiRequest.builder("POST", "/funnels/{executor}/steps/{body}")
                .path("executor", executorParam)
                .path("body", bodyParam)
                .query("params", params.params())
                .queryExtras(params.additionalProperties())
                .body(body)
                .build();
    }
}
