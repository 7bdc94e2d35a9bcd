package golden.error_responses;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.error_responses.model.CreateTagRequest;
import golden.error_responses.model.Message;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Tags operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.tags()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class TagsApi {
    private final ApiExecutor executor;

    TagsApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.tags().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public TagsApi withOptions(RequestOptions options) {
        return new TagsApi(executor.withOptions(options));
    }

    /**
     * createTag
     *
     * <p>{@code POST /tags}.
     *
     * @param body the request body
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Message create(CreateTagRequest body) {
        return createWithResponse(body).value();
    }

    /**
     * Like {@link #create}, with the status, headers and raw body of the answer.
     *
     * @see #create
     */
    public ApiResponse<Message> createWithResponse(CreateTagRequest body) {
        return executor.execute(createRequest(body), Message.class);
    }

    /**
     * Like {@link #create}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #create
     */
    public CompletableFuture<Message> createAsync(CreateTagRequest body) {
        return executor.valueAsync(() -> createRequest(body), Message.class);
    }

    private ApiRequest createRequest(CreateTagRequest body) {
        if (body == null) {
            throw new IllegalArgumentException("createTag needs a request body");
        }
        return ApiRequest.builder("POST", "/tags")
                .body(body)
                .build();
    }

    /**
     * deleteTag
     *
     * <p><code>DELETE /tags/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void delete(Long id) {
        deleteWithResponse(id);
    }

    /**
     * Like {@link #delete}, with the status, headers and raw body of the answer.
     *
     * @see #delete
     */
    public ApiResponse<Void> deleteWithResponse(Long id) {
        return executor.execute(deleteRequest(id));
    }

    /**
     * Like {@link #delete}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #delete
     */
    public CompletableFuture<Void> deleteAsync(Long id) {
        return executor.valueAsync(() -> deleteRequest(id));
    }

    private ApiRequest deleteRequest(Long id) {
        return ApiRequest.builder("DELETE", "/tags/{id}")
                .path("id", id)
                .build();
    }

    /**
     * pingTags
     *
     * <p>{@code GET /tags/ping}.
     *
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void ping() {
        pingWithResponse();
    }

    /**
     * Like {@link #ping}, with the status, headers and raw body of the answer.
     *
     * @see #ping
     */
    public ApiResponse<Void> pingWithResponse() {
        return executor.execute(pingRequest());
    }

    /**
     * Like {@link #ping}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #ping
     */
    public CompletableFuture<Void> pingAsync() {
        return executor.valueAsync(() -> pingRequest());
    }

    private ApiRequest pingRequest() {
        return ApiRequest.builder("GET", "/tags/ping")
                .build();
    }
}
