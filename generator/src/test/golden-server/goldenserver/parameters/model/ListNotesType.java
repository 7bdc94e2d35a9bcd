package goldenserver.parameters.model;

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
@Generated("dev.fluentcrm.codegen")
public final class ListNotesType extends OpenEnum {
  /**
   * <code>note</code>
   */
  public static final ListNotesType NOTE = new ListNotesType("note", true);

  /**
   * <code>call</code>
   */
  public static final ListNotesType CALL = new ListNotesType("call", true);

  /**
   * <code>email</code>
   */
  public static final ListNotesType EMAIL = new ListNotesType("email", true);

  private static final Map<String, ListNotesType> KNOWN = index(NOTE, CALL, EMAIL);

  private ListNotesType(String value, boolean known) {
    super(value, known);
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
