package goldenserver.wrapped_page;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import dev.fluentcrm.runtime.page.Page;
import goldenserver.wrapped_page.model.Contact;
import goldenserver.wrapped_page.model.ListContactsParams;
import goldenserver.wrapped_page.model.ListListsParams;
import goldenserver.wrapped_page.model.MailingList;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Contacts operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.contacts()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class ContactsApi {
    private static final TypeReference<Page<Contact>> PAGE_OF_CONTACT = new TypeReference<>() {};

    private static final TypeReference<Page<MailingList>> PAGE_OF_MAILING_LIST =
            new TypeReference<>() {};

    private final ApiExecutor executor;

    ContactsApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.contacts().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public ContactsApi withOptions(RequestOptions options) {
        return new ContactsApi(executor.withOptions(options));
    }

    /**
     * List contacts.
     *
     * <p>{@code GET /subscribers}; the page is read from {@code subscribers} of the answer, and the answer's other keys
     * are in the page's {@code envelope()}.
     *
     * @param params the query parameters
     * @return the requested page; {@code autoPaging()} walks the following ones
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Page<Contact> list(ListContactsParams params) {
        return listWithResponse(params).value();
    }

    /**
     * Like {@link #list}, without optional parameters.
     *
     * @see #list
     */
    public Page<Contact> list() {
        return list(ListContactsParams.builder().build());
    }

    /**
     * Like {@link #list}, with the status, headers and raw body of the answer.
     *
     * @see #list
     */
    public ApiResponse<Page<Contact>> listWithResponse(ListContactsParams params) {
        ApiResponse<Page<Contact>> response = executor.execute(listRequest(params), PAGE_OF_CONTACT,
                "/subscribers");
        return response.withValue(listPaging(response.value(), params));
    }

    /**
     * Like {@link #list}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #list
     */
    public CompletableFuture<Page<Contact>> listAsync(ListContactsParams params) {
        return executor.executeAsync(() -> listRequest(params), PAGE_OF_CONTACT, "/subscribers")
                .thenApply(response -> listPaging(response.value(), params));
    }

    private ApiRequest listRequest(ListContactsParams params) {
        if (params == null) {
            throw new IllegalArgumentException(
                    "listContacts: params must not be null (use ListContactsParams.builder().build())");
        }
        return ApiRequest.builder("GET", "/subscribers")
                .query("page", params.page())
                .query("per_page", params.perPage())
                .query("search", params.search())
                .queryExtras(params.additionalProperties())
                .build();
    }

    private Page<Contact> listPaging(Page<Contact> page, ListContactsParams params) {
        return page == null ? null
                : page.withFetcher(number -> list(params.toBuilder().page((long) number).build()));
    }

    /**
     * List lists.
     *
     * <p>{@code GET /lists}.
     *
     * @param params the query parameters
     * @return the requested page; {@code autoPaging()} walks the following ones
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Page<MailingList> listLists(ListListsParams params) {
        return listListsWithResponse(params).value();
    }

    /**
     * Like {@link #listLists}, without optional parameters.
     *
     * @see #listLists
     */
    public Page<MailingList> listLists() {
        return listLists(ListListsParams.builder().build());
    }

    /**
     * Like {@link #listLists}, with the status, headers and raw body of the answer.
     *
     * @see #listLists
     */
    public ApiResponse<Page<MailingList>> listListsWithResponse(ListListsParams params) {
        ApiResponse<Page<MailingList>> response = executor.execute(listListsRequest(params),
                PAGE_OF_MAILING_LIST, "");
        return response.withValue(listListsPaging(response.value(), params));
    }

    /**
     * Like {@link #listLists}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #listLists
     */
    public CompletableFuture<Page<MailingList>> listListsAsync(ListListsParams params) {
        return executor.executeAsync(() -> listListsRequest(params), PAGE_OF_MAILING_LIST, "")
                .thenApply(response -> listListsPaging(response.value(), params));
    }

    private ApiRequest listListsRequest(ListListsParams params) {
        if (params == null) {
            throw new IllegalArgumentException(
                    "listLists: params must not be null (use ListListsParams.builder().build())");
        }
        return ApiRequest.builder("GET", "/lists")
                .query("page", params.page())
                .queryExtras(params.additionalProperties())
                .build();
    }

    private Page<MailingList> listListsPaging(Page<MailingList> page, ListListsParams params) {
        return page == null ? null
                : page.withFetcher(number -> listLists(params.toBuilder().page((long) number).build()));
    }
}
