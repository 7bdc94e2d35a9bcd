package golden.php_types;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.php_types.model.Subscriber;
import golden.php_types.model.SubscriberUpdate;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Subscribers operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.subscribers()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class SubscribersApi {
    private final ApiExecutor executor;

    SubscribersApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.subscribers().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public SubscribersApi withOptions(RequestOptions options) {
        return new SubscribersApi(executor.withOptions(options));
    }

    /**
     * getSubscriber
     *
     * <p><code>GET /subscribers/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Subscriber get(Long id) {
        return getWithResponse(id).value();
    }

    /**
     * Like {@link #get}, with the status, headers and raw body of the answer.
     *
     * @see #get
     */
    public ApiResponse<Subscriber> getWithResponse(Long id) {
        return executor.execute(getRequest(id), Subscriber.class);
    }

    /**
     * Like {@link #get}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #get
     */
    public CompletableFuture<Subscriber> getAsync(Long id) {
        return executor.valueAsync(() -> getRequest(id), Subscriber.class);
    }

    private ApiRequest getRequest(Long id) {
        return ApiRequest.builder("GET", "/subscribers/{id}")
                .path("id", id)
                .build();
    }

    /**
     * updateSubscriber
     *
     * <p><code>PUT /subscribers/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @param body the request body
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Subscriber update(Long id, SubscriberUpdate body) {
        return updateWithResponse(id, body).value();
    }

    /**
     * Like {@link #update}, with the status, headers and raw body of the answer.
     *
     * @see #update
     */
    public ApiResponse<Subscriber> updateWithResponse(Long id, SubscriberUpdate body) {
        return executor.execute(updateRequest(id, body), Subscriber.class);
    }

    /**
     * Like {@link #update}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #update
     */
    public CompletableFuture<Subscriber> updateAsync(Long id, SubscriberUpdate body) {
        return executor.valueAsync(() -> updateRequest(id, body), Subscriber.class);
    }

    private ApiRequest updateRequest(Long id, SubscriberUpdate body) {
        if (body == null) {
            throw new IllegalArgumentException("updateSubscriber needs a request body");
        }
        return ApiRequest.builder("PUT", "/subscribers/{id}")
                .path("id", id)
                .body(body)
                .build();
    }
}
