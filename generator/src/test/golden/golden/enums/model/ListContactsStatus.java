package golden.enums.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of {@code ListContactsStatus}.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class ListContactsStatus extends OpenEnum {
    /**
     * <code>active</code>
     */
    public static final ListContactsStatus ACTIVE = known("active");

    /**
     * <code>archived</code>
     */
    public static final ListContactsStatus ARCHIVED = known("archived");

    private static final Map<String, ListContactsStatus> KNOWN = index(ACTIVE, ARCHIVED);

    private ListContactsStatus(String value, boolean known) {
        super(value, known);
    }

    private static ListContactsStatus known(String value) {
        return new ListContactsStatus(value, true);
    }

    /**
     * The constant for {@code value}, or a new instance if the spec does not list it.
     */
    @JsonCreator
    public static ListContactsStatus of(String value) {
        ListContactsStatus known = KNOWN.get(value);
        return known != null ? known : new ListContactsStatus(value, false);
    }

    /**
     * The values the spec lists, in its order.
     */
    public static Collection<ListContactsStatus> knownValues() {
        return KNOWN.values();
    }
}
