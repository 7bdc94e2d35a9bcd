package golden.collections;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.collections.model.Bag;
import golden.collections.model.Tag;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Bags operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.bags()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class BagsApi {
    private static final TypeReference<List<String>> LIST_OF_STRING = new TypeReference<>() {};

    private static final TypeReference<List<Tag>> LIST_OF_TAG = new TypeReference<>() {};

    private static final TypeReference<Map<String, Tag>> MAP_OF_STRING_TAG =
            new TypeReference<>() {};

    private final ApiExecutor executor;

    BagsApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.bags().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public BagsApi withOptions(RequestOptions options) {
        return new BagsApi(executor.withOptions(options));
    }

    /**
     * getBag
     *
     * <p><code>GET /bags/{id}</code>.
     *
     * @param id the {@code id} path parameter
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Bag get(Long id) {
        return getWithResponse(id).value();
    }

    /**
     * Like {@link #get}, with the status, headers and raw body of the answer.
     *
     * @see #get
     */
    public ApiResponse<Bag> getWithResponse(Long id) {
        return executor.execute(getRequest(id), Bag.class);
    }

    /**
     * Like {@link #get}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #get
     */
    public CompletableFuture<Bag> getAsync(Long id) {
        return executor.valueAsync(() -> getRequest(id), Bag.class);
    }

    private ApiRequest getRequest(Long id) {
        return ApiRequest.builder("GET", "/bags/{id}")
                .path("id", id)
                .build();
    }

    /**
     * listTags
     *
     * <p>{@code GET /tags}.
     *
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public List<Tag> listTags() {
        return listTagsWithResponse().value();
    }

    /**
     * Like {@link #listTags}, with the status, headers and raw body of the answer.
     *
     * @see #listTags
     */
    public ApiResponse<List<Tag>> listTagsWithResponse() {
        return executor.execute(listTagsRequest(), LIST_OF_TAG);
    }

    /**
     * Like {@link #listTags}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #listTags
     */
    public CompletableFuture<List<Tag>> listTagsAsync() {
        return executor.valueAsync(() -> listTagsRequest(), LIST_OF_TAG);
    }

    private ApiRequest listTagsRequest() {
        return ApiRequest.builder("GET", "/tags")
                .build();
    }

    /**
     * mapTags
     *
     * <p>{@code GET /tags/by-slug}.
     *
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Map<String, Tag> mapTags() {
        return mapTagsWithResponse().value();
    }

    /**
     * Like {@link #mapTags}, with the status, headers and raw body of the answer.
     *
     * @see #mapTags
     */
    public ApiResponse<Map<String, Tag>> mapTagsWithResponse() {
        return executor.execute(mapTagsRequest(), MAP_OF_STRING_TAG);
    }

    /**
     * Like {@link #mapTags}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #mapTags
     */
    public CompletableFuture<Map<String, Tag>> mapTagsAsync() {
        return executor.valueAsync(() -> mapTagsRequest(), MAP_OF_STRING_TAG);
    }

    private ApiRequest mapTagsRequest() {
        return ApiRequest.builder("GET", "/tags/by-slug")
                .build();
    }

    /**
     * listTagNames
     *
     * <p>{@code GET /tags/names}.
     *
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public List<String> listTagNames() {
        return listTagNamesWithResponse().value();
    }

    /**
     * Like {@link #listTagNames}, with the status, headers and raw body of the answer.
     *
     * @see #listTagNames
     */
    public ApiResponse<List<String>> listTagNamesWithResponse() {
        return executor.execute(listTagNamesRequest(), LIST_OF_STRING);
    }

    /**
     * Like {@link #listTagNames}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #listTagNames
     */
    public CompletableFuture<List<String>> listTagNamesAsync() {
        return executor.valueAsync(() -> listTagNamesRequest(), LIST_OF_STRING);
    }

    private ApiRequest listTagNamesRequest() {
        return ApiRequest.builder("GET", "/tags/names")
                .build();
    }
}
