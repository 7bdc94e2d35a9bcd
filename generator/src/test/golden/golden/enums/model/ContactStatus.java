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
@Generated("dev.fluentcrm.codegen")
public final class ContactStatus extends OpenEnum {
  /**
   * <code>subscribed</code>
   */
  public static final ContactStatus SUBSCRIBED = new ContactStatus("subscribed", true);

  /**
   * <code>pending</code>
   */
  public static final ContactStatus PENDING = new ContactStatus("pending", true);

  /**
   * <code>unsubscribed</code>
   */
  public static final ContactStatus UNSUBSCRIBED = new ContactStatus("unsubscribed", true);

  /**
   * <code>sms-subscribed</code>
   */
  public static final ContactStatus SMS_SUBSCRIBED = new ContactStatus("sms-subscribed", true);

  /**
   * The empty string.
   */
  public static final ContactStatus EMPTY = new ContactStatus("", true);

  /**
   * <code>1</code>
   */
  public static final ContactStatus VALUE_1 = new ContactStatus("1", true);

  /**
   * <code>KNOWN</code>
   */
  public static final ContactStatus KNOWN2 = new ContactStatus("KNOWN", true);

  private static final Map<String, ContactStatus> KNOWN = index(SUBSCRIBED, PENDING, UNSUBSCRIBED, SMS_SUBSCRIBED, EMPTY, VALUE_1, KNOWN2);

  private ContactStatus(String value, boolean known) {
    super(value, known);
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
