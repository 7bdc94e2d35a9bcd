package goldenserver.parameters.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of {@code ListNotesSortBy}.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen")
public final class ListNotesSortBy extends OpenEnum {
  /**
   * <code>id</code>
   */
  public static final ListNotesSortBy ID = new ListNotesSortBy("id", true);

  /**
   * <code>created_at</code>
   */
  public static final ListNotesSortBy CREATED_AT = new ListNotesSortBy("created_at", true);

  private static final Map<String, ListNotesSortBy> KNOWN = index(ID, CREATED_AT);

  private ListNotesSortBy(String value, boolean known) {
    super(value, known);
  }

  /**
   * The constant for {@code value}, or a new instance if the spec does not list it.
   */
  @JsonCreator
  public static ListNotesSortBy of(String value) {
    ListNotesSortBy known = KNOWN.get(value);
    return known != null ? known : new ListNotesSortBy(value, false);
  }

  /**
   * The values the spec lists, in its order.
   */
  public static Collection<ListNotesSortBy> knownValues() {
    return KNOWN.values();
  }
}
