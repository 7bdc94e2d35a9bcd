package golden.outputs_model_server.server;

import dev.fluentcrm.server.route.Route;
import dev.fluentcrm.server.validate.Schema;
import golden.outputs_model_server.model.ListNotesParams;
import golden.outputs_model_server.model.NoteImport;
import golden.outputs_model_server.model.NoteInput;
import java.util.List;
import javax.annotation.processing.Generated;

/**
 * The routes of the Notes module, bound to a {@link NotesService}.
 */
@Generated("dev.fluentcrm.codegen.emit.server.RoutesEmitter")
public final class NotesRoutes {
    private NotesRoutes() {
    }

    /**
     * One route per operation, in the spec's order, answered by {@code service}.
     */
    public static List<Route> routes(NotesService service) {
        return List.of(
                Route.builder("GET", "/subscribers/{id}/notes", "listNotes")
                        .pathParam("id", Schema.integer().minimum("1"))
                        .query("types[]", Schema.arrayOf(Schema.ref(
                                "ListNotesType")).maxItems(3), false)
                        .query("sort_by", Schema.ref("ListNotesSortBy"), true)
                        .query("limit", Schema.integer().minimum("1").maximum("50"), false)
                        .query("since", Schema.dateTime(), false)
                        .header("X-Request-Id", Schema.string().maxLength(36), false)
                        .handle(call -> service.list(call.path("id", Long.class),
                                call.params(ListNotesParams.class))),
                Route.builder("POST", "/subscribers/{id}/notes", "createNote")
                        .pathParam("id", Schema.integer().minimum("1"))
                        .body(Schema.ref("NoteInput"), true)
                        .status(201)
                        .handle(call -> service.create(call.path("id", Long.class),
                                call.body(NoteInput.class))),
                Route.builder("DELETE", "/subscribers/{id}/notes/{note_id}", "deleteNote")
                        .pathParam("id", Schema.integer())
                        .pathParam("note_id", Schema.integer())
                        .handle(call -> {
                            service.delete(call.path("id", Long.class),
                                    call.path("note_id", Long.class));
                            return null;
                        }),
                Route.builder("POST", "/subscribers/{id}/notes/import", "importNotes")
                        .pathParam("id", Schema.integer())
                        .body(Schema.ref("NoteImport"), true, Route.BodyEncoding.FORM)
                        .handle(call -> service.importNotes(call.path("id", Long.class),
                                call.body(NoteImport.class))));
    }
}
