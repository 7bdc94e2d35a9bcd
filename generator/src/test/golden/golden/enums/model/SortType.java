package golden.enums.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of {@code SortType}.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class SortType extends OpenEnum {
    /**
     * <code>ASC</code>
     */
    public static final SortType ASC = known("ASC");

    /**
     * <code>DESC</code>
     */
    public static final SortType DESC = known("DESC");

    /**
     * <code>asc</code>
     */
    public static final SortType ASC_LOWERCASE = known("asc");

    /**
     * <code>desc</code>
     */
    public static final SortType DESC_LOWERCASE = known("desc");

    private static final Map<String, SortType> KNOWN = index(ASC, DESC, ASC_LOWERCASE,
            DESC_LOWERCASE);

    private SortType(String value, boolean known) {
        super(value, known);
    }

    private static SortType known(String value) {
        return new SortType(value, true);
    }

    /**
     * The constant for {@code value}, or a new instance if the spec does not list it.
     */
    @JsonCreator
    public static SortType of(String value) {
        SortType known = KNOWN.get(value);
        return known != null ? known : new SortType(value, false);
    }

    /**
     * The values the spec lists, in its order.
     */
    public static Collection<SortType> knownValues() {
        return KNOWN.values();
    }
}
