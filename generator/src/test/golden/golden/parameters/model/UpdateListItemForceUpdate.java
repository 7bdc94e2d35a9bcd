package golden.parameters.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of {@code UpdateListItemForceUpdate}.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class UpdateListItemForceUpdate extends OpenEnum {
    /**
     * <code>yes</code>
     */
    public static final UpdateListItemForceUpdate YES = known("yes");

    /**
     * <code>no</code>
     */
    public static final UpdateListItemForceUpdate NO = known("no");

    private static final Map<String, UpdateListItemForceUpdate> KNOWN = index(YES, NO);

    private UpdateListItemForceUpdate(String value, boolean known) {
        super(value, known);
    }

    private static UpdateListItemForceUpdate known(String value) {
        return new UpdateListItemForceUpdate(value, true);
    }

    /**
     * The constant for {@code value}, or a new instance if the spec does not list it.
     */
    @JsonCreator
    public static UpdateListItemForceUpdate of(String value) {
        UpdateListItemForceUpdate known = KNOWN.get(value);
        return known != null ? known : new UpdateListItemForceUpdate(value, false);
    }

    /**
     * The values the spec lists, in its order.
     */
    public static Collection<UpdateListItemForceUpdate> knownValues() {
        return KNOWN.values();
    }
}
