package golden.outputs_model.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of {@code ListNotesSortBy}.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class ListNotesSortBy extends OpenEnum {
    /**
     * <code>id</code>
     */
    public static final ListNotesSortBy ID = known("id");

    /**
     * <code>created_at</code>
     */
    public static final ListNotesSortBy CREATED_AT = known("created_at");

    private static final Map<String, ListNotesSortBy> KNOWN = index(ID, CREATED_AT);

    private ListNotesSortBy(String value, boolean known) {
        super(value, known);
    }

    private static ListNotesSortBy known(String value) {
        return new ListNotesSortBy(value, true);
    }

    /**
     * The constant for {@code value}, or a new instance if the spec does not list it.
     */
    @JsonCreator
    public static ListNotesSortBy of(String value) {
        ListNotesSortBy known = KNOWN.get(value);
        return known != null ? known : new ListNotesSortBy(value, false);
    }

    /**
     * The values the spec lists, in its order.
     */
    public static Collection<ListNotesSortBy> knownValues() {
        return KNOWN.values();
    }
}
