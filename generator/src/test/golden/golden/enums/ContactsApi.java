package golden.enums;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.enums.model.Contact;
import golden.enums.model.ListContactsParams;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Contacts operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.contacts()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class ContactsApi {
    private static final TypeReference<List<Contact>> LIST_OF_CONTACT = new TypeReference<>() {};

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
     * listContacts
     *
     * <p>{@code GET /contacts}.
     *
     * @param params the query parameters
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public List<Contact> list(ListContactsParams params) {
        return listWithResponse(params).value();
    }

    /**
     * Like {@link #list}, without optional parameters.
     *
     * @see #list
     */
    public List<Contact> list() {
        return list(ListContactsParams.builder().build());
    }

    /**
     * Like {@link #list}, with the status, headers and raw body of the answer.
     *
     * @see #list
     */
    public ApiResponse<List<Contact>> listWithResponse(ListContactsParams params) {
        return executor.execute(listRequest(params), LIST_OF_CONTACT);
    }

    /**
     * Like {@link #list}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #list
     */
    public CompletableFuture<List<Contact>> listAsync(ListContactsParams params) {
        return executor.valueAsync(() -> listRequest(params), LIST_OF_CONTACT);
    }

    private ApiRequest listRequest(ListContactsParams params) {
        if (params == null) {
            throw new IllegalArgumentException(
                    "listContacts: params must not be null (use ListContactsParams.builder().build())");
        }
        return ApiRequest.builder("GET", "/contacts")
                .query("status", params.status())
                .queryAll("statuses[]", params.statuses())
                .query("sort_type", params.sortType())
                .queryExtras(params.additionalProperties())
                .build();
    }
}
