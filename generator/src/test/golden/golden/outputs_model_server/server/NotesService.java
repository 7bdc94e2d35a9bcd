package golden.outputs_model_server.server;

import dev.fluentcrm.server.error.ApiError;
import golden.outputs_model_server.model.ImportNotesResponse;
import golden.outputs_model_server.model.ListNotesParams;
import golden.outputs_model_server.model.Note;
import golden.outputs_model_server.model.NoteImport;
import golden.outputs_model_server.model.NoteInput;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The Notes operations of FluentCRM, as a server implements them.
 *
 * <p>Every method answers 501 until overridden. Throw {@link ApiError} to answer with an error.
 */
@Generated("dev.fluentcrm.codegen.emit.server.ServiceEmitter")
public interface NotesService {
    /**
     * Notes of a contact.
     *
     * <p>{@code GET /subscribers/{id}/notes}.
     *
     * @param id the {@code id} path parameter
     * @param params the query parameters, validated against the spec
     * @return the answer, sent as JSON with status 200
     * @throws ApiError to answer with an error instead
     */
    default List<Note> list(Long id, ListNotesParams params) {
        throw ApiError.notImplemented("listNotes");
    }

    /**
     * Add a note.
     *
     * <p>{@code POST /subscribers/{id}/notes}.
     *
     * @param id the {@code id} path parameter
     * @param body the request body, validated against the spec
     * @return the answer, sent as JSON with status 201
     * @throws ApiError to answer with an error instead
     */
    default Note create(Long id, NoteInput body) {
        throw ApiError.notImplemented("createNote");
    }

    /**
     * deleteNote
     *
     * <p>{@code DELETE /subscribers/{id}/notes/{note_id}}.
     *
     * @param id the {@code id} path parameter
     * @param noteId the {@code note_id} path parameter
     * @throws ApiError to answer with an error instead
     */
    default void delete(Long id, Long noteId) {
        throw ApiError.notImplemented("deleteNote");
    }

    /**
     * Import notes from a form.
     *
     * <p>{@code POST /subscribers/{id}/notes/import}.
     *
     * @param id the {@code id} path parameter
     * @param body the request body, validated against the spec
     * @return the answer, sent as JSON with status 200
     * @throws ApiError to answer with an error instead
     */
    default ImportNotesResponse importNotes(Long id, NoteImport body) {
        throw ApiError.notImplemented("importNotes");
    }
}
