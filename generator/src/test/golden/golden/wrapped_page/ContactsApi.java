package golden.wrapped_page;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import dev.fluentcrm.runtime.page.Page;
import golden.wrapped_page.model.Contact;
import golden.wrapped_page.model.ListCampaignEmailsParams;
import golden.wrapped_page.model.ListCampaignEmailsResponse;
import golden.wrapped_page.model.ListContactsParams;
import golden.wrapped_page.model.ListTagsParams;
import golden.wrapped_page.model.Tag;
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

    private static final TypeReference<Page<Tag>> PAGE_OF_TAG = new TypeReference<>() {};

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
     * listTags
     *
     * <p>{@code GET /tags}; the page is read from {@code tags} of the answer, and the answer's other keys are in the
     * page's {@code envelope()}.
     *
     * @param params the query parameters
     * @return the requested page; {@code autoPaging()} walks the following ones
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Page<Tag> listTags(ListTagsParams params) {
        return listTagsWithResponse(params).value();
    }

    /**
     * Like {@link #listTags}, without optional parameters.
     *
     * @see #listTags
     */
    public Page<Tag> listTags() {
        return listTags(ListTagsParams.builder().build());
    }

    /**
     * Like {@link #listTags}, with the status, headers and raw body of the answer.
     *
     * @see #listTags
     */
    public ApiResponse<Page<Tag>> listTagsWithResponse(ListTagsParams params) {
        ApiResponse<Page<Tag>> response = executor.execute(listTagsRequest(params), PAGE_OF_TAG,
                "/tags");
        return response.withValue(listTagsPaging(response.value(), params));
    }

    /**
     * Like {@link #listTags}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #listTags
     */
    public CompletableFuture<Page<Tag>> listTagsAsync(ListTagsParams params) {
        return executor.executeAsync(() -> listTagsRequest(params), PAGE_OF_TAG, "/tags")
                .thenApply(response -> listTagsPaging(response.value(), params));
    }

    private ApiRequest listTagsRequest(ListTagsParams params) {
        if (params == null) {
            throw new IllegalArgumentException(
                    "listTags: params must not be null (use ListTagsParams.builder().build())");
        }
        return ApiRequest.builder("GET", "/tags")
                .query("page", params.page())
                .queryFlag("all_tags", params.allTags())
                .queryExtras(params.additionalProperties())
                .build();
    }

    private Page<Tag> listTagsPaging(Page<Tag> page, ListTagsParams params) {
        return page == null ? null
                : page.withFetcher(number -> listTags(params.toBuilder().page((long) number).build()));
    }

    /**
     * listCampaignEmails
     *
     * <p><code>GET /campaigns/{id}/emails</code>.
     *
     * @param id the {@code id} path parameter
     * @param params the query parameters
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public ListCampaignEmailsResponse listCampaignEmails(Long id, ListCampaignEmailsParams params) {
        return listCampaignEmailsWithResponse(id, params).value();
    }

    /**
     * Like {@link #listCampaignEmails}, without optional parameters.
     *
     * @see #listCampaignEmails
     */
    public ListCampaignEmailsResponse listCampaignEmails(Long id) {
        return listCampaignEmails(id, ListCampaignEmailsParams.builder().build());
    }

    /**
     * Like {@link #listCampaignEmails}, with the status, headers and raw body of the answer.
     *
     * @see #listCampaignEmails
     */
    public ApiResponse<ListCampaignEmailsResponse> listCampaignEmailsWithResponse(Long id,
            ListCampaignEmailsParams params) {
        return executor.execute(listCampaignEmailsRequest(id, params),
                ListCampaignEmailsResponse.class);
    }

    /**
     * Like {@link #listCampaignEmails}, without blocking: the future completes with the value or fails with the
     * exception the
     * blocking form would throw.
     *
     * @see #listCampaignEmails
     */
    public CompletableFuture<ListCampaignEmailsResponse> listCampaignEmailsAsync(Long id,
            ListCampaignEmailsParams params) {
        return executor.valueAsync(() -> listCampaignEmailsRequest(id, params),
                ListCampaignEmailsResponse.class);
    }

    private ApiRequest listCampaignEmailsRequest(Long id, ListCampaignEmailsParams params) {
        if (params == null) {
            throw new IllegalArgumentException(
                    "listCampaignEmails: params must not be null (use ListCampaignEmailsParams.builder().build())");
        }
        return ApiRequest.builder("GET", "/campaigns/{id}/emails")
                .path("id", id)
                .query("page", params.page())
                .queryExtras(params.additionalProperties())
                .build();
    }
}
