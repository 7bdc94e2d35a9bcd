package goldenserver.samples.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of {@code GetCampaignWith}.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class GetCampaignWith extends OpenEnum {
    /**
     * <code>stats</code>
     */
    public static final GetCampaignWith STATS = known("stats");

    /**
     * <code>subjects</code>
     */
    public static final GetCampaignWith SUBJECTS = known("subjects");

    private static final Map<String, GetCampaignWith> KNOWN = index(STATS, SUBJECTS);

    private GetCampaignWith(String value, boolean known) {
        super(value, known);
    }

    private static GetCampaignWith known(String value) {
        return new GetCampaignWith(value, true);
    }

    /**
     * The constant for {@code value}, or a new instance if the spec does not list it.
     */
    @JsonCreator
    public static GetCampaignWith of(String value) {
        GetCampaignWith known = KNOWN.get(value);
        return known != null ? known : new GetCampaignWith(value, false);
    }

    /**
     * The values the spec lists, in its order.
     */
    public static Collection<GetCampaignWith> knownValues() {
        return KNOWN.values();
    }
}
