package dev.fluentcrm.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.runtime.testing.Models.ContactStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Open enumerations decode values the spec never listed and send them back unchanged. */
class OpenEnumTest {
    private final ObjectMapper mapper = PhpJson.newMapper();

    record Holder(
            @JsonProperty("status") ContactStatus status,
            @JsonProperty("history") List<ContactStatus> history) {}

    @Test
    void knownValuesDecodeToTheConstants() throws Exception {
        Holder h = mapper.readValue(
                "{\"status\":\"pending\",\"history\":[\"subscribed\",\"unsubscribed\"]}", Holder.class);

        assertThat(h.status()).isSameAs(ContactStatus.PENDING);
        assertThat(h.status().isKnown()).isTrue();
        assertThat(h.history()).containsExactly(ContactStatus.SUBSCRIBED, ContactStatus.UNSUBSCRIBED);
    }

    @Test
    void unknownValuesDecodeAndRoundTrip() throws Exception {
        Holder h = mapper.readValue("{\"status\":\"bounced\"}", Holder.class);

        assertThat(h.status().isKnown()).isFalse();
        assertThat(h.status().value()).isEqualTo("bounced");
        assertThat(h.status()).hasToString("bounced");
        assertThat(h.status()).isEqualTo(ContactStatus.of("bounced")).isNotEqualTo(ContactStatus.SUBSCRIBED);
        assertThat(h.status().hashCode()).isEqualTo(ContactStatus.of("bounced").hashCode());
        assertThat(mapper.writeValueAsString(h)).isEqualTo("{\"status\":\"bounced\"}");
    }

    @Test
    void emptyValueIsNoValue() throws Exception {
        assertThat(mapper.readValue("{\"status\":\"\"}", Holder.class).status()).isNull();
    }

    @Test
    void writtenAsItsValue() throws Exception {
        assertThat(mapper.writeValueAsString(ContactStatus.SUBSCRIBED)).isEqualTo("\"subscribed\"");
    }
}
