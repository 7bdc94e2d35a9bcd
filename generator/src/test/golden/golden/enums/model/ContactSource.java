package golden.enums.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * How the contact arrived.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class ContactSource extends OpenEnum {
    /**
     * <code>web</code>
     */
    public static final ContactSource WEB = known("web");

    /**
     * <code>api</code>
     */
    public static final ContactSource API = known("api");

    /**
     * <code>import</code>
     */
    public static final ContactSource IMPORT = known("import");

    private static final Map<String, ContactSource> KNOWN = index(WEB, API, IMPORT);

    private ContactSource(String value, boolean known) {
        super(value, known);
    }

    private static ContactSource known(String value) {
        return new ContactSource(value, true);
    }

    /**
     * The constant for {@code value}, or a new instance if the spec does not list it.
     */
    @JsonCreator
    public static ContactSource of(String value) {
        ContactSource known = KNOWN.get(value);
        return known != null ? known : new ContactSource(value, false);
    }

    /**
     * The values the spec lists, in its order.
     */
    public static Collection<ContactSource> knownValues() {
        return KNOWN.values();
    }
}
