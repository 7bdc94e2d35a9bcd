package golden.outputs_model.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of {@code NoteType}.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class NoteType extends OpenEnum {
    /**
     * <code>note</code>
     */
    public static final NoteType NOTE = known("note");

    /**
     * <code>call</code>
     */
    public static final NoteType CALL = known("call");

    /**
     * <code>email</code>
     */
    public static final NoteType EMAIL = known("email");

    private static final Map<String, NoteType> KNOWN = index(NOTE, CALL, EMAIL);

    private NoteType(String value, boolean known) {
        super(value, known);
    }

    private static NoteType known(String value) {
        return new NoteType(value, true);
    }

    /**
     * The constant for {@code value}, or a new instance if the spec does not list it.
     */
    @JsonCreator
    public static NoteType of(String value) {
        NoteType known = KNOWN.get(value);
        return known != null ? known : new NoteType(value, false);
    }

    /**
     * The values the spec lists, in its order.
     */
    public static Collection<NoteType> knownValues() {
        return KNOWN.values();
    }
}
