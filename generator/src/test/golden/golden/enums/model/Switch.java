package golden.enums.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of {@code Switch}.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen")
public final class Switch extends OpenEnum {
  /**
   * <code>on</code>
   */
  public static final Switch ON = new Switch("on", true);

  /**
   * <code>off</code>
   */
  public static final Switch OFF = new Switch("off", true);

  private static final Map<String, Switch> KNOWN = index(ON, OFF);

  private Switch(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for {@code value}, or a new instance if the spec does not list it.
   */
  @JsonCreator
  public static Switch of(String value) {
    Switch known = KNOWN.get(value);
    return known != null ? known : new Switch(value, false);
  }

  /**
   * The values the spec lists, in its order.
   */
  public static Collection<Switch> knownValues() {
    return KNOWN.values();
  }
}
