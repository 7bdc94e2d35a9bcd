package golden.enums.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of {@code Symbols}.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class Symbols extends OpenEnum {
    /**
     * <code>+</code>
     */
    public static final Symbols SYMBOL_2B = known("+");

    /**
     * <code>-</code>
     */
    public static final Symbols SYMBOL_2D = known("-");

    /**
     * <code>*&#47;</code>
     */
    public static final Symbols SYMBOL_545 = known("*/");

    /**
     * <code>&#64;x</code>
     */
    public static final Symbols X = known("@x");

    private static final Map<String, Symbols> KNOWN = index(SYMBOL_2B, SYMBOL_2D, SYMBOL_545, X);

    private Symbols(String value, boolean known) {
        super(value, known);
    }

    private static Symbols known(String value) {
        return new Symbols(value, true);
    }

    /**
     * The constant for {@code value}, or a new instance if the spec does not list it.
     */
    @JsonCreator
    public static Symbols of(String value) {
        Symbols known = KNOWN.get(value);
        return known != null ? known : new Symbols(value, false);
    }

    /**
     * The values the spec lists, in its order.
     */
    public static Collection<Symbols> knownValues() {
        return KNOWN.values();
    }
}
