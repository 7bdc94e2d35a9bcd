package golden.parameters;

import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import golden.parameters.model.CreateListItemRequest;
import golden.parameters.model.GetListItemParams;
import golden.parameters.model.Item;
import golden.parameters.model.UpdateListItemParams;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Lists operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.lists()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class ListsApi {
    private final ApiExecutor executor;

    ListsApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.lists().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public ListsApi withOptions(RequestOptions options) {
        return new ListsApi(executor.withOptions(options));
    }

    /**
     * getListItem
     *
     * <p><code>GET /lists/{list_id}/items/{item_id}</code>.
     *
     * @param listId The list.
     * @param itemId the {@code item_id} path parameter
     * @param params the query parameters
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Item getItem(Long listId, Long itemId, GetListItemParams params) {
        return getItemWithResponse(listId, itemId, params).value();
    }

    /**
     * Like {@link #getItem}, without optional parameters.
     *
     * @see #getItem
     */
    public Item getItem(Long listId, Long itemId) {
        return getItem(listId, itemId, GetListItemParams.builder().build());
    }

    /**
     * Like {@link #getItem}, with the status, headers and raw body of the answer.
     *
     * @see #getItem
     */
    public ApiResponse<Item> getItemWithResponse(Long listId, Long itemId,
            GetListItemParams params) {
        return executor.execute(getItemRequest(listId, itemId, params), Item.class);
    }

    /**
     * Like {@link #getItem}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #getItem
     */
    public CompletableFuture<Item> getItemAsync(Long listId, Long itemId,
            GetListItemParams params) {
        return executor.valueAsync(() -> getItemRequest(listId, itemId, params), Item.class);
    }

    private ApiRequest getItemRequest(Long listId, Long itemId, GetListItemParams params) {
        if (params == null) {
            throw new IllegalArgumentException(
                    "getListItem: params must not be null (use GetListItemParams.builder().build())");
        }
        return ApiRequest.builder("GET", "/lists/{list_id}/items/{item_id}")
                .path("list_id", listId)
                .path("item_id", itemId)
                .header("X-WP-Nonce", params.xWpNonce())
                .queryAll("tags[]", params.tags())
                .queryAll("statuses[]", params.statuses())
                .query("query[status]", params.queryStatus())
                .query("include_deleted", params.includeDeleted())
                .query("since", params.since())
                .query("limit", params.limit())
                .query("search", params.search())
                .queryExtras(params.additionalProperties())
                .build();
    }

    /**
     * updateListItem
     *
     * <p><code>PUT /lists/{list_id}/items/{item_id}</code>.
     *
     * @param listId the {@code list_id} path parameter
     * @param itemId the {@code item_id} path parameter
     * @param body the request body
     * @param params the query parameters
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Item updateItem(Long listId, Long itemId, Item body, UpdateListItemParams params) {
        return updateItemWithResponse(listId, itemId, body, params).value();
    }

    /**
     * Like {@link #updateItem}, with the status, headers and raw body of the answer.
     *
     * @see #updateItem
     */
    public ApiResponse<Item> updateItemWithResponse(Long listId, Long itemId, Item body,
            UpdateListItemParams params) {
        return executor.execute(updateItemRequest(listId, itemId, body, params), Item.class);
    }

    /**
     * Like {@link #updateItem}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #updateItem
     */
    public CompletableFuture<Item> updateItemAsync(Long listId, Long itemId, Item body,
            UpdateListItemParams params) {
        return executor.valueAsync(() -> updateItemRequest(listId, itemId, body, params),
                Item.class);
    }

    private ApiRequest updateItemRequest(Long listId, Long itemId, Item body,
            UpdateListItemParams params) {
        if (body == null) {
            throw new IllegalArgumentException("updateListItem needs a request body");
        }
        if (params == null) {
            throw new IllegalArgumentException(
                    "updateListItem: params must not be null (use UpdateListItemParams.builder().build())");
        }
        return ApiRequest.builder("PUT", "/lists/{list_id}/items/{item_id}")
                .path("list_id", listId)
                .path("item_id", itemId)
                .query("__force_update", params.forceUpdate())
                .queryExtras(params.additionalProperties())
                .body(body)
                .build();
    }

    /**
     * createListItem
     *
     * <p><code>POST /lists/{list_id}/items</code>.
     *
     * @param listId the {@code list_id} path parameter
     * @param body the request body
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Item createItem(Long listId, CreateListItemRequest body) {
        return createItemWithResponse(listId, body).value();
    }

    /**
     * Like {@link #createItem}, with the status, headers and raw body of the answer.
     *
     * @see #createItem
     */
    public ApiResponse<Item> createItemWithResponse(Long listId, CreateListItemRequest body) {
        return executor.execute(createItemRequest(listId, body), Item.class);
    }

    /**
     * Like {@link #createItem}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #createItem
     */
    public CompletableFuture<Item> createItemAsync(Long listId, CreateListItemRequest body) {
        return executor.valueAsync(() -> createItemRequest(listId, body), Item.class);
    }

    private ApiRequest createItemRequest(Long listId, CreateListItemRequest body) {
        if (body == null) {
            throw new IllegalArgumentException("createListItem needs a request body");
        }
        return ApiRequest.builder("POST", "/lists/{list_id}/items")
                .path("list_id", listId)
                .body(body)
                .build();
    }

    /**
     * deleteList
     *
     * <p><code>DELETE /lists/{slug}</code>.
     *
     * @param slug the {@code slug} path parameter
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void delete(String slug) {
        deleteWithResponse(slug);
    }

    /**
     * Like {@link #delete}, with the status, headers and raw body of the answer.
     *
     * @see #delete
     */
    public ApiResponse<Void> deleteWithResponse(String slug) {
        return executor.execute(deleteRequest(slug));
    }

    /**
     * Like {@link #delete}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #delete
     */
    public CompletableFuture<Void> deleteAsync(String slug) {
        return executor.valueAsync(() -> deleteRequest(slug));
    }

    private ApiRequest deleteRequest(String slug) {
        return ApiRequest.builder("DELETE", "/lists/{slug}")
                .path("slug", slug)
                .build();
    }
}
