package golden.parameters.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of {@code GetListItemStatus}.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class GetListItemStatus extends OpenEnum {
    /**
     * <code>subscribed</code>
     */
    public static final GetListItemStatus SUBSCRIBED = known("subscribed");

    /**
     * <code>pending</code>
     */
    public static final GetListItemStatus PENDING = known("pending");

    private static final Map<String, GetListItemStatus> KNOWN = index(SUBSCRIBED, PENDING);

    private GetListItemStatus(String value, boolean known) {
        super(value, known);
    }

    private static GetListItemStatus known(String value) {
        return new GetListItemStatus(value, true);
    }

    /**
     * The constant for {@code value}, or a new instance if the spec does not list it.
     */
    @JsonCreator
    public static GetListItemStatus of(String value) {
        GetListItemStatus known = KNOWN.get(value);
        return known != null ? known : new GetListItemStatus(value, false);
    }

    /**
     * The values the spec lists, in its order.
     */
    public static Collection<GetListItemStatus> knownValues() {
        return KNOWN.values();
    }
}
