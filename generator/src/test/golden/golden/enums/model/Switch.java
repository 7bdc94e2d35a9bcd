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
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class Switch extends OpenEnum {
    /**
     * <code>on</code>
     */
    public static final Switch ON = known("on");

    /**
     * <code>off</code>
     */
    public static final Switch OFF = known("off");

    private static final Map<String, Switch> KNOWN = index(ON, OFF);

    private Switch(String value, boolean known) {
        super(value, known);
    }

    private static Switch known(String value) {
        return new Switch(value, true);
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
