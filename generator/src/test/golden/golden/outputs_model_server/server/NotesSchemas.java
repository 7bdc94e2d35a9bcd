package golden.outputs_model_server.server;

import dev.fluentcrm.server.validate.Schema;
import dev.fluentcrm.server.validate.SchemaRegistry;
import javax.annotation.processing.Generated;

/**
 * What valid requests of the Notes module look like, from the spec.
 */
@Generated("dev.fluentcrm.codegen.emit.server.SchemasEmitter")
public final class NotesSchemas {
    private NotesSchemas() {
    }

    /**
     * Adds the schemas of the Notes module's requests to {@code registry}.
     */
    public static void define(SchemaRegistry registry) {
        registry.define("ListNotesSortBy", listNotesSortBy());
        registry.define("ListNotesType", listNotesType());
        registry.define("NoteImport", noteImport());
        registry.define("NoteInput", noteInput());
        registry.define("NoteType", noteType());
    }

    /**
     * {@code ListNotesSortBy}, from {@code /paths/~1subscribers~1{id}~1notes/get/parameters/sort_by/schema}.
     */
    private static Schema listNotesSortBy() {
        return Schema.oneOf("id", "created_at");
    }

    /**
     * {@code ListNotesType}, from {@code /paths/~1subscribers~1{id}~1notes/get/parameters/types[]/schema/items}.
     */
    private static Schema listNotesType() {
        return Schema.oneOf("note", "call", "email");
    }

    /**
     * {@code NoteImport}, from {@code /components/schemas/NoteImport}.
     */
    private static Schema noteImport() {
        return Schema.object()
                .required("titles", Schema.arrayOf(Schema.string()))
                .optional("notify", Schema.bool());
    }

    /**
     * {@code NoteInput}, from {@code /components/schemas/NoteInput}.
     */
    private static Schema noteInput() {
        return Schema.object()
                .required("title", Schema.string().minLength(3).maxLength(40))
                .required("type", Schema.ref("NoteType"))
                .optional("author_email", Schema.string().format("email"))
                .optional("priority", Schema.integer().minimum("1").maximum("5"))
                .optional("tags", Schema.arrayOf(Schema.integer()).minItems(1));
    }

    /**
     * {@code NoteType}, from {@code /components/schemas/NoteType}.
     */
    private static Schema noteType() {
        return Schema.oneOf("note", "call", "email");
    }
}
