package goldenserver.samples.model;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.fluentcrm.runtime.json.OpenEnum;
import java.util.Collection;
import java.util.Map;
import javax.annotation.processing.Generated;

/**
 * The values of {@code CampaignStatus}.
 *
 * <p>Values the spec does not list still decode: {@link #isKnown()} is false for them.
 */
@Generated("dev.fluentcrm.codegen.emit.model.EnumEmitter")
public final class CampaignStatus extends OpenEnum {
    /**
     * <code>draft</code>
     */
    public static final CampaignStatus DRAFT = known("draft");

    /**
     * <code>scheduled</code>
     */
    public static final CampaignStatus SCHEDULED = known("scheduled");

    /**
     * <code>sent</code>
     */
    public static final CampaignStatus SENT = known("sent");

    private static final Map<String, CampaignStatus> KNOWN = index(DRAFT, SCHEDULED, SENT);

    private CampaignStatus(String value, boolean known) {
        super(value, known);
    }

    private static CampaignStatus known(String value) {
        return new CampaignStatus(value, true);
    }

    /**
     * The constant for {@code value}, or a new instance if the spec does not list it.
     */
    @JsonCreator
    public static CampaignStatus of(String value) {
        CampaignStatus known = KNOWN.get(value);
        return known != null ? known : new CampaignStatus(value, false);
    }

    /**
     * The values the spec lists, in its order.
     */
    public static Collection<CampaignStatus> knownValues() {
        return KNOWN.values();
    }
}
