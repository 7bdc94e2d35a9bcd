package golden.one_of;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.one_of.model.Contact;
import golden.one_of.model.SmsMessage;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Messages operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.messages()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class MessagesApi {
    private final ApiExecutor executor;

    MessagesApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.messages().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public MessagesApi withOptions(RequestOptions options) {
        return new MessagesApi(executor.withOptions(options));
    }

    /**
     * getMessage
     *
     * <p><code>GET /messages/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public SmsMessage get(Long id) {
        return getWithResponse(id).value();
    }

    /**
     * Like {@link #get}, with the status, headers and raw body of the answer.
     *
     * @see #get
     */
    public ApiResponse<SmsMessage> getWithResponse(Long id) {
        return executor.execute(getRequest(id), SmsMessage.class);
    }

    /**
     * Like {@link #get}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #get
     */
    public CompletableFuture<SmsMessage> getAsync(Long id) {
        return executor.valueAsync(() -> getRequest(id), SmsMessage.class);
    }

    private ApiRequest getRequest(Long id) {
        return ApiRequest.builder("GET", "/messages/{id}")
                .path("id", id)
                .build();
    }

    /**
     * getMessageOwner
     *
     * <p><code>GET /messages/{id}/owner</code>.
     *
     * @param id the {@code id} path parameter
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Contact getOwner(Long id) {
        return getOwnerWithResponse(id).value();
    }

    /**
     * Like {@link #getOwner}, with the status, headers and raw body of the answer.
     *
     * @see #getOwner
     */
    public ApiResponse<Contact> getOwnerWithResponse(Long id) {
        return executor.execute(getOwnerRequest(id), Contact.class);
    }

    /**
     * Like {@link #getOwner}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #getOwner
     */
    public CompletableFuture<Contact> getOwnerAsync(Long id) {
        return executor.valueAsync(() -> getOwnerRequest(id), Contact.class);
    }

    private ApiRequest getOwnerRequest(Long id) {
        return ApiRequest.builder("GET", "/messages/{id}/owner")
                .path("id", id)
                .build();
    }

    /**
     * getMessageResult
     *
     * <p><code>GET /messages/{id}/result</code>.
     *
     * @param id the {@code id} path parameter
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public JsonNode getResult(Long id) {
        return getResultWithResponse(id).value();
    }

    /**
     * Like {@link #getResult}, with the status, headers and raw body of the answer.
     *
     * @see #getResult
     */
    public ApiResponse<JsonNode> getResultWithResponse(Long id) {
        return executor.execute(getResultRequest(id), JsonNode.class);
    }

    /**
     * Like {@link #getResult}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #getResult
     */
    public CompletableFuture<JsonNode> getResultAsync(Long id) {
        return executor.valueAsync(() -> getResultRequest(id), JsonNode.class);
    }

    private ApiRequest getResultRequest(Long id) {
        return ApiRequest.builder("GET", "/messages/{id}/result")
                .path("id", id)
                .build();
    }
}
