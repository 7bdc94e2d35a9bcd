package dev.fluentcrm.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import org.junit.jupiter.api.Test;

/** Booleans the server stores as "yes"/"no" or "1"/"0" are written that way and read back. */
class PhpFlagTest {
    private final ObjectMapper mapper = PhpJson.newMapper();

    record Settings(
            @JsonProperty("double_optin") @JsonSerialize(using = PhpFlag.YesNo.class)
            Boolean doubleOptin,

            @JsonProperty("is_public") @JsonSerialize(using = PhpFlag.OneZero.class)
            Boolean isPublic,

            @JsonProperty("plain") Boolean plain) {}

    @Test
    void writesYesNoAndOneZero() throws Exception {
        assertThat(mapper.writeValueAsString(new Settings(true, true, true)))
                .isEqualTo("{\"double_optin\":\"yes\",\"is_public\":\"1\",\"plain\":true}");
        assertThat(mapper.writeValueAsString(new Settings(false, false, false)))
                .isEqualTo("{\"double_optin\":\"no\",\"is_public\":\"0\",\"plain\":false}");
    }

    @Test
    void nullFlagsAreLeftOut() throws Exception {
        assertThat(mapper.writeValueAsString(new Settings(null, null, null))).isEqualTo("{}");
    }

    @Test
    void whatIsWrittenReadsBack() throws Exception {
        Settings original = new Settings(true, false, true);

        assertThat(mapper.readValue(mapper.writeValueAsString(original), Settings.class))
                .isEqualTo(original);
    }
}
