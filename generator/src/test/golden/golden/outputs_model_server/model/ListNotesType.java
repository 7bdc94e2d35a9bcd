package golden.outputs_model_server.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of {@code ListNotesType}.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class ListNotesType extends OpenEnum {
    /**
     * <code>note</code>
     */
    public static final ListNotesType NOTE = known("note");

    /**
     * <code>call</code>
     */
    public static final ListNotesType CALL = known("call");

    /**
     * <code>email</code>
     */
    public static final ListNotesType EMAIL = known("email");

    private static final Map<String, ListNotesType> KNOWN = index(NOTE, CALL, EMAIL);

    private ListNotesType(String value, boolean known) {
        super(value, known);
    }

    private static ListNotesType known(String value) {
        return new ListNotesType(value, true);
    }

    /**
     * The constant for {@code value}, or a new instance if the spec does not list it.
     */
    @JsonCreator
    public static ListNotesType of(String value) {
        ListNotesType known = KNOWN.get(value);
        return known != null ? known : new ListNotesType(value, false);
    }

    /**
     * The values the spec lists, in its order.
     */
    public static Collection<ListNotesType> knownValues() {
        return KNOWN.values();
    }
}
