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
@Generated("dev.fluentcrm.codegen")
public final class ContactSource extends OpenEnum {
  /**
   * <code>web</code>
   */
  public static final ContactSource WEB = new ContactSource("web", true);

  /**
   * <code>api</code>
   */
  public static final ContactSource API = new ContactSource("api", true);

  /**
   * <code>import</code>
   */
  public static final ContactSource IMPORT = new ContactSource("import", true);

  private static final Map<String, ContactSource> KNOWN = index(WEB, API, IMPORT);

  private ContactSource(String value, boolean known) {
    super(value, known);
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
