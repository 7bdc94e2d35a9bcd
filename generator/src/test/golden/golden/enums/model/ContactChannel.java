package golden.enums.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of {@code ContactChannel}.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class ContactChannel extends OpenEnum {
    /**
     * <code>email</code>
     */
    public static final ContactChannel EMAIL = known("email");

    /**
     * <code>sms</code>
     */
    public static final ContactChannel SMS = known("sms");

    private static final Map<String, ContactChannel> KNOWN = index(EMAIL, SMS);

    private ContactChannel(String value, boolean known) {
        super(value, known);
    }

    private static ContactChannel known(String value) {
        return new ContactChannel(value, true);
    }

    /**
     * The constant for {@code value}, or a new instance if the spec does not list it.
     */
    @JsonCreator
    public static ContactChannel of(String value) {
        ContactChannel known = KNOWN.get(value);
        return known != null ? known : new ContactChannel(value, false);
    }

    /**
     * The values the spec lists, in its order.
     */
    public static Collection<ContactChannel> knownValues() {
        return KNOWN.values();
    }
}
