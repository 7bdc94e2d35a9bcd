package golden.overlay;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.overlay.model.ContactReport;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Custom Reports operations of FluentCRM: endpoints a site added with its own plugin.
 *
 * <p>Get it from {@code FluentCrmClient.customReports()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class CustomReportsApi {
    private final ApiExecutor executor;

    CustomReportsApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.customReports().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public CustomReportsApi withOptions(RequestOptions options) {
        return new CustomReportsApi(executor.withOptions(options));
    }

    /**
     * getCustomReport
     *
     * <p><code>GET /reports/custom/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public ContactReport get(Long id) {
        return getWithResponse(id).value();
    }

    /**
     * Like {@link #get}, with the status, headers and raw body of the answer.
     *
     * @see #get
     */
    public ApiResponse<ContactReport> getWithResponse(Long id) {
        return executor.execute(getRequest(id), ContactReport.class);
    }

    /**
     * Like {@link #get}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #get
     */
    public CompletableFuture<ContactReport> getAsync(Long id) {
        return executor.valueAsync(() -> getRequest(id), ContactReport.class);
    }

    private ApiRequest getRequest(Long id) {
        return ApiRequest.builder("GET", "/reports/custom/{id}")
                .path("id", id)
                .build();
    }
}
