package golden.bare_page;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import dev.fluentcrm.runtime.page.Page;
import golden.bare_page.model.ListLogsResponse;
import golden.bare_page.model.ListNotesParams;
import golden.bare_page.model.Note;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Notes operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.notes()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class NotesApi {
    private static final TypeReference<Page<ListLogsResponse>> PAGE_OF_LIST_LOGS_RESPONSE =
            new TypeReference<>() {};

    private static final TypeReference<Page<Note>> PAGE_OF_NOTE = new TypeReference<>() {};

    private final ApiExecutor executor;

    NotesApi(ApiExecutor executor) {
        this.executor = executor;
    }

    /**
     * This module with {@code options} (timeout, extra headers, retries) applied to every call made
     * through it, auto-paging included; this one is left as it is.
     *
     * <pre>{@code
     * crm.notes().withOptions(RequestOptions.builder().timeout(Duration.ofMinutes(2)).build())
     * }</pre>
     */
    public NotesApi withOptions(RequestOptions options) {
        return new NotesApi(executor.withOptions(options));
    }

    /**
     * listNotes
     *
     * <p>{@code GET /notes}.
     *
     * @param params the query parameters
     * @return the requested page; {@code autoPaging()} walks the following ones
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Page<Note> list(ListNotesParams params) {
        return listWithResponse(params).value();
    }

    /**
     * Like {@link #list}, without optional parameters.
     *
     * @see #list
     */
    public Page<Note> list() {
        return list(ListNotesParams.builder().build());
    }

    /**
     * Like {@link #list}, with the status, headers and raw body of the answer.
     *
     * @see #list
     */
    public ApiResponse<Page<Note>> listWithResponse(ListNotesParams params) {
        ApiResponse<Page<Note>> response = executor.execute(listRequest(params), PAGE_OF_NOTE, "");
        return response.withValue(listPaging(response.value(), params));
    }

    /**
     * Like {@link #list}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #list
     */
    public CompletableFuture<Page<Note>> listAsync(ListNotesParams params) {
        return executor.executeAsync(() -> listRequest(params), PAGE_OF_NOTE, "")
                .thenApply(response -> listPaging(response.value(), params));
    }

    private ApiRequest listRequest(ListNotesParams params) {
        if (params == null) {
            throw new IllegalArgumentException(
                    "listNotes: params must not be null (use ListNotesParams.builder().build())");
        }
        return ApiRequest.builder("GET", "/notes")
                .query("page", params.page())
                .queryExtras(params.additionalProperties())
                .build();
    }

    private Page<Note> listPaging(Page<Note> page, ListNotesParams params) {
        return page == null ? null
                : page.withFetcher(number -> list(params.toBuilder().page(number).build()));
    }

    /**
     * listLogs
     *
     * <p>{@code GET /logs}.
     *
     * @return the page the server answered with (this call cannot ask for another)
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Page<ListLogsResponse> listLogs() {
        return listLogsWithResponse().value();
    }

    /**
     * Like {@link #listLogs}, with the status, headers and raw body of the answer.
     *
     * @see #listLogs
     */
    public ApiResponse<Page<ListLogsResponse>> listLogsWithResponse() {
        ApiResponse<Page<ListLogsResponse>> response = executor.execute(listLogsRequest(),
                PAGE_OF_LIST_LOGS_RESPONSE, "");
        return response.withValue(response.value());
    }

    /**
     * Like {@link #listLogs}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #listLogs
     */
    public CompletableFuture<Page<ListLogsResponse>> listLogsAsync() {
        return executor.executeAsync(() -> listLogsRequest(), PAGE_OF_LIST_LOGS_RESPONSE, "")
                .thenApply(response -> response.value());
    }

    private ApiRequest listLogsRequest() {
        return ApiRequest.builder("GET", "/logs")
                .build();
    }
}
