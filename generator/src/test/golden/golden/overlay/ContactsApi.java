package golden.overlay;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.overlay.model.Contact;
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
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public List<Contact> list() {
        return listWithResponse().value();
    }

    /**
     * Like {@link #list}, with the status, headers and raw body of the answer.
     *
     * @see #list
     */
    public ApiResponse<List<Contact>> listWithResponse() {
        return executor.execute(listRequest(), LIST_OF_CONTACT);
    }

    /**
     * Like {@link #list}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #list
     */
    public CompletableFuture<List<Contact>> listAsync() {
        return executor.valueAsync(() -> listRequest(), LIST_OF_CONTACT);
    }

    private ApiRequest listRequest() {
        return ApiRequest.builder("GET", "/contacts")
                .build();
    }

    /**
     * createContact
     *
     * <p>{@code POST /contacts}.
     *
     * @param body the request body
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Contact create(Contact body) {
        return createWithResponse(body).value();
    }

    /**
     * Like {@link #create}, with the status, headers and raw body of the answer.
     *
     * @see #create
     */
    public ApiResponse<Contact> createWithResponse(Contact body) {
        return executor.execute(createRequest(body), Contact.class);
    }

    /**
     * Like {@link #create}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #create
     */
    public CompletableFuture<Contact> createAsync(Contact body) {
        return executor.valueAsync(() -> createRequest(body), Contact.class);
    }

    private ApiRequest createRequest(Contact body) {
        if (body == null) {
            throw new IllegalArgumentException("createContact needs a request body");
        }
        return ApiRequest.builder("POST", "/contacts")
                .body(body)
                .build();
    }
}
