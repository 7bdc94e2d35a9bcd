package golden.naming_operations;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Contacts operations of FluentCRM: people in the CRM.
 *
 * <p>Get it from {@code FluentCrmClient.contacts()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class ContactsApi {
    private static final TypeReference<List<String>> LIST_OF_STRING = new TypeReference<>() {};

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
    public List<String> list() {
        return listWithResponse().value();
    }

    /**
     * Like {@link #list}, with the status, headers and raw body of the answer.
     *
     * @see #list
     */
    public ApiResponse<List<String>> listWithResponse() {
        return executor.execute(listRequest(), LIST_OF_STRING);
    }

    /**
     * Like {@link #list}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #list
     */
    public CompletableFuture<List<String>> listAsync() {
        return executor.valueAsync(() -> listRequest(), LIST_OF_STRING);
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
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void create() {
        createWithResponse();
    }

    /**
     * Like {@link #create}, with the status, headers and raw body of the answer.
     *
     * @see #create
     */
    public ApiResponse<Void> createWithResponse() {
        return executor.execute(createRequest());
    }

    /**
     * Like {@link #create}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #create
     */
    public CompletableFuture<Void> createAsync() {
        return executor.valueAsync(() -> createRequest());
    }

    private ApiRequest createRequest() {
        return ApiRequest.builder("POST", "/contacts")
                .build();
    }

    /**
     * deleteContacts
     *
     * <p>{@code DELETE /contacts}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void deleteContacts() {
        deleteContactsWithResponse();
    }

    /**
     * Like {@link #deleteContacts}, with the status, headers and raw body of the answer.
     *
     * @see #deleteContacts
     */
    public ApiResponse<Void> deleteContactsWithResponse() {
        return executor.execute(deleteContactsRequest());
    }

    /**
     * Like {@link #deleteContacts}, without blocking: the future completes with the value or fails with the exception
     * the
     * blocking form would throw.
     *
     * @see #deleteContacts
     */
    public CompletableFuture<Void> deleteContactsAsync() {
        return executor.valueAsync(() -> deleteContactsRequest());
    }

    private ApiRequest deleteContactsRequest() {
        return ApiRequest.builder("DELETE", "/contacts")
                .build();
    }

    /**
     * getContact
     *
     * <p><code>GET /contacts/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void get(Long id) {
        getWithResponse(id);
    }

    /**
     * Like {@link #get}, with the status, headers and raw body of the answer.
     *
     * @see #get
     */
    public ApiResponse<Void> getWithResponse(Long id) {
        return executor.execute(getRequest(id));
    }

    /**
     * Like {@link #get}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #get
     */
    public CompletableFuture<Void> getAsync(Long id) {
        return executor.valueAsync(() -> getRequest(id));
    }

    private ApiRequest getRequest(Long id) {
        return ApiRequest.builder("GET", "/contacts/{id}")
                .path("id", id)
                .build();
    }

    /**
     * deleteContact
     *
     * <p><code>DELETE /contacts/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void deleteContact(Long id) {
        deleteContactWithResponse(id);
    }

    /**
     * Like {@link #deleteContact}, with the status, headers and raw body of the answer.
     *
     * @see #deleteContact
     */
    public ApiResponse<Void> deleteContactWithResponse(Long id) {
        return executor.execute(deleteContactRequest(id));
    }

    /**
     * Like {@link #deleteContact}, without blocking: the future completes with the value or fails with the exception
     * the
     * blocking form would throw.
     *
     * @see #deleteContact
     */
    public CompletableFuture<Void> deleteContactAsync(Long id) {
        return executor.valueAsync(() -> deleteContactRequest(id));
    }

    private ApiRequest deleteContactRequest(Long id) {
        return ApiRequest.builder("DELETE", "/contacts/{id}")
                .path("id", id)
                .build();
    }

    /**
     * getContactNotes
     *
     * <p><code>GET /contacts/{id}/notes</code>.
     *
     * @param id the {@code id} path parameter
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void getNotes(Long id) {
        getNotesWithResponse(id);
    }

    /**
     * Like {@link #getNotes}, with the status, headers and raw body of the answer.
     *
     * @see #getNotes
     */
    public ApiResponse<Void> getNotesWithResponse(Long id) {
        return executor.execute(getNotesRequest(id));
    }

    /**
     * Like {@link #getNotes}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #getNotes
     */
    public CompletableFuture<Void> getNotesAsync(Long id) {
        return executor.valueAsync(() -> getNotesRequest(id));
    }

    private ApiRequest getNotesRequest(Long id) {
        return ApiRequest.builder("GET", "/contacts/{id}/notes")
                .path("id", id)
                .build();
    }

    /**
     * importContacts
     *
     * <p>{@code POST /contacts/import}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void importContacts() {
        importContactsWithResponse();
    }

    /**
     * Like {@link #importContacts}, with the status, headers and raw body of the answer.
     *
     * @see #importContacts
     */
    public ApiResponse<Void> importContactsWithResponse() {
        return executor.execute(importContactsRequest());
    }

    /**
     * Like {@link #importContacts}, without blocking: the future completes with the value or fails with the exception
     * the
     * blocking form would throw.
     *
     * @see #importContacts
     */
    public CompletableFuture<Void> importContactsAsync() {
        return executor.valueAsync(() -> importContactsRequest());
    }

    private ApiRequest importContactsRequest() {
        return ApiRequest.builder("POST", "/contacts/import")
                .build();
    }

    /**
     * contactsSummary
     *
     * <p>{@code GET /contacts/summary}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void contactsSummary() {
        contactsSummaryWithResponse();
    }

    /**
     * Like {@link #contactsSummary}, with the status, headers and raw body of the answer.
     *
     * @see #contactsSummary
     */
    public ApiResponse<Void> contactsSummaryWithResponse() {
        return executor.execute(contactsSummaryRequest());
    }

    /**
     * Like {@link #contactsSummary}, without blocking: the future completes with the value or fails with the exception
     * the
     * blocking form would throw.
     *
     * @see #contactsSummary
     */
    public CompletableFuture<Void> contactsSummaryAsync() {
        return executor.valueAsync(() -> contactsSummaryRequest());
    }

    private ApiRequest contactsSummaryRequest() {
        return ApiRequest.builder("GET", "/contacts/summary")
                .build();
    }
}
