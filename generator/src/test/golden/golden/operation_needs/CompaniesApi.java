package golden.operation_needs;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Companies operations of FluentCRM: companies, behind a module that is off by default.
 *
 * <p>Get it from {@code FluentCrmClient.companies()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class CompaniesApi {
    private final ApiExecutor executor;

    CompaniesApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.companies().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public CompaniesApi withOptions(RequestOptions options) {
        return new CompaniesApi(executor.withOptions(options));
    }

    /**
     * List companies.
     *
     * <p>Returns every company. Needs the company module (<code>POST /setting/experiments</code> with
     * <code>company_module: yes</code>), so the Javadoc does not repeat it.
     *
     * <p>{@code GET /companies}.
     *
     * <p>Registered by FluentCRM 2.9.84 and by FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45.
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
        return ApiRequest.builder("GET", "/companies")
                .build();
    }

    /**
     * List a company's orders.
     *
     * <p>The orders its contacts placed in WooCommerce.
     *
     * <p><code>GET /companies/{id}/orders</code> (needs FluentCampaign Pro).
     *
     * <p>Needs the {@code company} module switched on (<code>POST /setting/experiments</code> with
     * <code>company_module=yes</code>). Not registered by FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45; documented for
     * newer releases. Available since FluentCRM 2.9.90.
     *
     * @param id the {@code id} path parameter
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void listOrders(Long id) {
        listOrdersWithResponse(id);
    }

    /**
     * Like {@link #listOrders}, with the status, headers and raw body of the answer.
     *
     * @see #listOrders
     */
    public ApiResponse<Void> listOrdersWithResponse(Long id) {
        return executor.execute(listOrdersRequest(id));
    }

    /**
     * Like {@link #listOrders}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #listOrders
     */
    public CompletableFuture<Void> listOrdersAsync(Long id) {
        return executor.valueAsync(() -> listOrdersRequest(id));
    }

    private ApiRequest listOrdersRequest(Long id) {
        return ApiRequest.builder("GET", "/companies/{id}/orders")
                .path("id", id)
                .build();
    }

    /**
     * Search companies.
     *
     * <p>Nothing known about where this exists.
     *
     * <p>{@code GET /companies/search}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void search() {
        searchWithResponse();
    }

    /**
     * Like {@link #search}, with the status, headers and raw body of the answer.
     *
     * @see #search
     */
    public ApiResponse<Void> searchWithResponse() {
        return executor.execute(searchRequest());
    }

    /**
     * Like {@link #search}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #search
     */
    public CompletableFuture<Void> searchAsync() {
        return executor.valueAsync(() -> searchRequest());
    }

    private ApiRequest searchRequest() {
        return ApiRequest.builder("GET", "/companies/search")
                .build();
    }

    /**
     * List archived companies.
     *
     * <p>Returns the archived companies. Not registered by FluentCRM 2.9.84; documented for newer releases.
     *
     * <p>{@code GET /companies/archive}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void listArchivedCompanies() {
        listArchivedCompaniesWithResponse();
    }

    /**
     * Like {@link #listArchivedCompanies}, with the status, headers and raw body of the answer.
     *
     * @see #listArchivedCompanies
     */
    public ApiResponse<Void> listArchivedCompaniesWithResponse() {
        return executor.execute(listArchivedCompaniesRequest());
    }

    /**
     * Like {@link #listArchivedCompanies}, without blocking: the future completes with the value or fails with the
     * exception the
     * blocking form would throw.
     *
     * @see #listArchivedCompanies
     */
    public CompletableFuture<Void> listArchivedCompaniesAsync() {
        return executor.valueAsync(() -> listArchivedCompaniesRequest());
    }

    private ApiRequest listArchivedCompaniesRequest() {
        return ApiRequest.builder("GET", "/companies/archive")
                .build();
    }
}
