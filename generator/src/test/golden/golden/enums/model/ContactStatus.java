package golden.enums.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * Where a contact stands; FluentCRM adds values over time.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class ContactStatus extends OpenEnum {
    /**
     * <code>subscribed</code>
     */
    public static final ContactStatus SUBSCRIBED = known("subscribed");

    /**
     * <code>pending</code>
     */
    public static final ContactStatus PENDING = known("pending");

    /**
     * <code>unsubscribed</code>
     */
    public static final ContactStatus UNSUBSCRIBED = known("unsubscribed");

    /**
     * <code>sms-subscribed</code>
     */
    public static final ContactStatus SMS_SUBSCRIBED = known("sms-subscribed");

    /**
     * The empty string.
     */
    public static final ContactStatus EMPTY = known("");

    /**
     * <code>1</code>
     */
    public static final ContactStatus VALUE_1 = known("1");

    /**
     * <code>KNOWN</code>
     */
    public static final ContactStatus KNOWN2 = known("KNOWN");

    private static final Map<String, ContactStatus> KNOWN = index(SUBSCRIBED, PENDING, UNSUBSCRIBED,
            SMS_SUBSCRIBED, EMPTY, VALUE_1, KNOWN2);

    private ContactStatus(String value, boolean known) {
        super(value, known);
    }

    private static ContactStatus known(String value) {
        return new ContactStatus(value, true);
    }

    /**
     * The constant for {@code value}, or a new instance if the spec does not list it.
     */
    @JsonCreator
    public static ContactStatus of(String value) {
        ContactStatus known = KNOWN.get(value);
        return known != null ? known : new ContactStatus(value, false);
    }

    /**
     * The values the spec lists, in its order.
     */
    public static Collection<ContactStatus> knownValues() {
        return KNOWN.values();
    }
}
