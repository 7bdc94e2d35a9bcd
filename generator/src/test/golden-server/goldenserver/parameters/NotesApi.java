package goldenserver.parameters;

import com.fasterxml.jackson.core.type.TypeReference;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.http.ApiResponse;
import dev.fluentcrm.runtime.http.RequestOptions;
import goldenserver.parameters.model.ImportNotesResponse;
import goldenserver.parameters.model.ListNotesParams;
import goldenserver.parameters.model.Note;
import goldenserver.parameters.model.NoteImport;
import goldenserver.parameters.model.NoteInput;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import javax.annotation.processing.Generated;

/**
 * The Notes operations of FluentCRM.
 *
 * <p>Get it from {@code FluentCrmClient.notes()}. Thread-safe.
 */
@Generated("dev.fluentcrm.codegen.emit.client.ModuleEmitter")
public final class NotesApi {
    private static final TypeReference<List<Note>> LIST_OF_NOTE = new TypeReference<>() {};

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
     * Notes of a contact.
     *
     * <p><code>GET /subscribers/{id}/notes</code>.
     *
     * @param id the {@code id} path parameter
     * @param params the query parameters
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public List<Note> list(Long id, ListNotesParams params) {
        return listWithResponse(id, params).value();
    }

    /**
     * Like {@link #list}, with the status, headers and raw body of the answer.
     *
     * @see #list
     */
    public ApiResponse<List<Note>> listWithResponse(Long id, ListNotesParams params) {
        return executor.execute(listRequest(id, params), LIST_OF_NOTE);
    }

    /**
     * Like {@link #list}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #list
     */
    public CompletableFuture<List<Note>> listAsync(Long id, ListNotesParams params) {
        return executor.valueAsync(() -> listRequest(id, params), LIST_OF_NOTE);
    }

    private ApiRequest listRequest(Long id, ListNotesParams params) {
        if (params == null) {
            throw new IllegalArgumentException(
                    "listNotes: params must not be null (use ListNotesParams.builder().build())");
        }
        return ApiRequest.builder("GET", "/subscribers/{id}/notes")
                .path("id", id)
                .queryAll("types[]", params.types())
                .query("sort_by", params.sortBy())
                .query("limit", params.limit())
                .query("since", params.since())
                .header("X-Request-Id", params.xRequestId())
                .queryExtras(params.additionalProperties())
                .build();
    }

    /**
     * Add a note.
     *
     * <p><code>POST /subscribers/{id}/notes</code>.
     *
     * @param id the {@code id} path parameter
     * @param body the request body
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public Note create(Long id, NoteInput body) {
        return createWithResponse(id, body).value();
    }

    /**
     * Like {@link #create}, with the status, headers and raw body of the answer.
     *
     * @see #create
     */
    public ApiResponse<Note> createWithResponse(Long id, NoteInput body) {
        return executor.execute(createRequest(id, body), Note.class);
    }

    /**
     * Like {@link #create}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #create
     */
    public CompletableFuture<Note> createAsync(Long id, NoteInput body) {
        return executor.valueAsync(() -> createRequest(id, body), Note.class);
    }

    private ApiRequest createRequest(Long id, NoteInput body) {
        if (body == null) {
            throw new IllegalArgumentException("createNote needs a request body");
        }
        return ApiRequest.builder("POST", "/subscribers/{id}/notes")
                .path("id", id)
                .body(body)
                .build();
    }

    /**
     * deleteNote
     *
     * <p><code>DELETE /subscribers/{id}/notes/{note_id}</code>.
     *
     * @param id the {@code id} path parameter
     * @param noteId the {@code note_id} path parameter
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public void delete(Long id, Long noteId) {
        deleteWithResponse(id, noteId);
    }

    /**
     * Like {@link #delete}, with the status, headers and raw body of the answer.
     *
     * @see #delete
     */
    public ApiResponse<Void> deleteWithResponse(Long id, Long noteId) {
        return executor.execute(deleteRequest(id, noteId));
    }

    /**
     * Like {@link #delete}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #delete
     */
    public CompletableFuture<Void> deleteAsync(Long id, Long noteId) {
        return executor.valueAsync(() -> deleteRequest(id, noteId));
    }

    private ApiRequest deleteRequest(Long id, Long noteId) {
        return ApiRequest.builder("DELETE", "/subscribers/{id}/notes/{note_id}")
                .path("id", id)
                .path("note_id", noteId)
                .build();
    }

    /**
     * Import notes from a form.
     *
     * <p><code>POST /subscribers/{id}/notes/import</code>.
     *
     * @param id the {@code id} path parameter
     * @param body the request body
     * @return the decoded answer
     * @throws FluentCrmException when the server answers with an error or cannot be reached
     */
    public ImportNotesResponse importNotes(Long id, NoteImport body) {
        return importNotesWithResponse(id, body).value();
    }

    /**
     * Like {@link #importNotes}, with the status, headers and raw body of the answer.
     *
     * @see #importNotes
     */
    public ApiResponse<ImportNotesResponse> importNotesWithResponse(Long id, NoteImport body) {
        return executor.execute(importNotesRequest(id, body), ImportNotesResponse.class);
    }

    /**
     * Like {@link #importNotes}, without blocking: the future completes with the value or fails with the exception the
     * blocking form would throw.
     *
     * @see #importNotes
     */
    public CompletableFuture<ImportNotesResponse> importNotesAsync(Long id, NoteImport body) {
        return executor.valueAsync(() -> importNotesRequest(id, body), ImportNotesResponse.class);
    }

    private ApiRequest importNotesRequest(Long id, NoteImport body) {
        if (body == null) {
            throw new IllegalArgumentException("importNotes needs a request body");
        }
        return ApiRequest.builder("POST", "/subscribers/{id}/notes/import")
                .path("id", id)
                .formField("titles", body.titles())
                .formField("notify", body.notify_())
                .build();
    }
}
