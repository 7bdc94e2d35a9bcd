package golden.operation_needs.server;

import dev.fluentcrm.server.error.ApiError;
import javax.annotation.processing.Generated;

/**
 * The Companies operations of FluentCRM, as a server implements them: Companies, behind a module that is off by
 * default.
 *
 * <p>Every method answers 501 until overridden. Throw {@link ApiError} to answer with an error.
 */
@Generated("dev.fluentcrm.codegen.emit.server.ServiceEmitter")
public interface CompaniesService {
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
     * @throws ApiError to answer with an error instead
     */
    default void list() {
        throw ApiError.notImplemented("listCompanies");
    }

    /**
     * List a company's orders.
     *
     * <p>The orders its contacts placed in WooCommerce.
     *
     * <p>{@code GET /companies/{id}/orders}.
     *
     * <p>Needs the {@code company} module switched on (<code>POST /setting/experiments</code> with
     * <code>company_module=yes</code>). Not registered by FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45; documented for
     * newer releases. Available since FluentCRM 2.9.90.
     *
     * @param id the {@code id} path parameter
     * @throws ApiError to answer with an error instead
     */
    default void listOrders(Long id) {
        throw ApiError.notImplemented("listCompanyOrders");
    }

    /**
     * Search companies.
     *
     * <p>Nothing known about where this exists.
     *
     * <p>{@code GET /companies/search}.
     *
     * @throws ApiError to answer with an error instead
     */
    default void search() {
        throw ApiError.notImplemented("searchCompanies");
    }

    /**
     * List archived companies.
     *
     * <p>Returns the archived companies. Not registered by FluentCRM 2.9.84; documented for newer releases.
     *
     * <p>{@code GET /companies/archive}.
     *
     * @throws ApiError to answer with an error instead
     */
    default void listArchivedCompanies() {
        throw ApiError.notImplemented("listArchivedCompanies");
    }
}
