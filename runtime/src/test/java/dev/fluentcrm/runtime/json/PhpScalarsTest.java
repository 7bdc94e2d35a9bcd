package dev.fluentcrm.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Numbers, booleans and dates in the spellings PHP and MySQL send. */
class PhpScalarsTest {
    private final ObjectMapper mapper = PhpJson.newMapper();

    record Numbers(
            @JsonProperty("id") Long id,
            @JsonProperty("count") Integer count,
            @JsonProperty("amount") BigDecimal amount,
            @JsonProperty("points") long points,
            @JsonProperty("rank") int rank) {}

    record Flag(@JsonProperty("on") Boolean on) {}

    record PrimitiveFlag(@JsonProperty("on") boolean on) {}

    record Dates(
            @JsonProperty("at") LocalDateTime at,
            @JsonProperty("day") LocalDate day) {}

    @Test
    void numbersArriveAsStrings() throws Exception {
        Numbers n = mapper.readValue(
                "{\"id\":\"12\",\"count\":\"7\",\"amount\":\"19.90\",\"points\":\"3\",\"rank\":\"4\"}", Numbers.class);

        assertThat(n.id()).isEqualTo(12L);
        assertThat(n.count()).isEqualTo(7);
        assertThat(n.amount()).isEqualByComparingTo("19.90");
        assertThat(n.points()).isEqualTo(3L);
        assertThat(n.rank()).isEqualTo(4);
    }

    @Test
    void numbersAsJsonNumbersStillWorkAndFloatsKeepTheirDigits() throws Exception {
        Numbers n = mapper.readValue("{\"id\":12,\"count\":7,\"amount\":0.1,\"points\":3,\"rank\":4}", Numbers.class);

        assertThat(n.id()).isEqualTo(12L);
        assertThat(n.amount()).isEqualTo(new BigDecimal("0.1"));
    }

    @Test
    void emptyStringAndNullAreNoNumber() throws Exception {
        Numbers n = mapper.readValue("{\"id\":\"\",\"count\":null,\"amount\":\"\"}", Numbers.class);

        assertThat(n.id()).isNull();
        assertThat(n.count()).isNull();
        assertThat(n.amount()).isNull();
        assertThat(n.points()).isZero();
    }

    @Test
    void textThatIsNoNumberIsRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"id\":\"twelve\"}", Numbers.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @ParameterizedTest
    @ValueSource(strings = {"true", "1", "\"1\"", "\"yes\"", "\"YES\"", "\"true\"", "\"on\"", "7"})
    void trueSpellings(String json) throws Exception {
        assertThat(mapper.readValue("{\"on\":" + json + "}", Flag.class).on()).isTrue();
        assertThat(mapper.readValue("{\"on\":" + json + "}", PrimitiveFlag.class)
                        .on())
                .isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"false", "0", "\"0\"", "\"no\"", "\"false\"", "\"off\"", "\"\""})
    void falseSpellings(String json) throws Exception {
        assertThat(mapper.readValue("{\"on\":" + json + "}", Flag.class).on()).isFalse();
        assertThat(mapper.readValue("{\"on\":" + json + "}", PrimitiveFlag.class)
                        .on())
                .isFalse();
    }

    @Test
    void nullBooleanStaysNullAndNonsenseIsRefused() throws Exception {
        assertThat(mapper.readValue("{\"on\":null}", Flag.class).on()).isNull();
        assertThatThrownBy(() -> mapper.readValue("{\"on\":\"maybe\"}", Flag.class))
                .isInstanceOf(JsonMappingException.class)
                .hasMessageContaining("maybe");
        assertThatThrownBy(() -> mapper.readValue("{\"on\":{}}", Flag.class)).isInstanceOf(JsonMappingException.class);
    }

    @Test
    void mysqlDateTimes() throws Exception {
        Dates d = mapper.readValue("{\"at\":\"2026-11-26 21:04:05\",\"day\":\"1990-01-15\"}", Dates.class);

        assertThat(d.at()).isEqualTo(LocalDateTime.of(2026, 11, 26, 21, 4, 5));
        assertThat(d.day()).isEqualTo(LocalDate.of(1990, 1, 15));
    }

    @ParameterizedTest
    @ValueSource(strings = {"\"0000-00-00 00:00:00\"", "\"0000-00-00\"", "\"\"", "false", "null"})
    void zeroAndEmptyDatesAreNull(String json) throws Exception {
        Dates d = mapper.readValue("{\"at\":" + json + ",\"day\":" + json + "}", Dates.class);

        assertThat(d.at()).isNull();
        assertThat(d.day()).isNull();
    }

    @Test
    void otherDateSpellings() throws Exception {
        assertThat(mapper.readValue("{\"at\":\"2026-11-26T21:04:05+02:00\"}", Dates.class)
                        .at())
                .isEqualTo(LocalDateTime.of(2026, 11, 26, 21, 4, 5));
        assertThat(mapper.readValue("{\"at\":\"2026-11-26T21:04:05\"}", Dates.class)
                        .at())
                .isEqualTo(LocalDateTime.of(2026, 11, 26, 21, 4, 5));
        assertThat(mapper.readValue("{\"at\":\"2026-11-26\"}", Dates.class).at())
                .isEqualTo(LocalDateTime.of(2026, 11, 26, 0, 0));
        assertThat(mapper.readValue("{\"day\":\"2026-11-26 10:00:00\"}", Dates.class)
                        .day())
                .isEqualTo(LocalDate.of(2026, 11, 26));
    }

    @Test
    void brokenDatesAreRefused() {
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"26/11/2026 10:00\"}", Dates.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"day\":\"tomorrow\"}", Dates.class))
                .isInstanceOf(JsonMappingException.class);
        // The MySQL shape read by hand still checks the ranges of its fields.
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"2026-13-26 10:00:00\"}", Dates.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"2026-02-30 10:00:00\"}", Dates.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"2026-11-26 24:00:00\"}", Dates.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"at\":\"2026-11-26 1a:00:00\"}", Dates.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"day\":\"2026-02-30\"}", Dates.class))
                .isInstanceOf(JsonMappingException.class);
        assertThatThrownBy(() -> mapper.readValue("{\"day\":\"2026-1x-01\"}", Dates.class))
                .isInstanceOf(JsonMappingException.class);
    }

    @Test
    void datesAreWrittenTheWayMysqlReadsThem() throws Exception {
        String json =
                mapper.writeValueAsString(new Dates(LocalDateTime.of(2026, 11, 26, 9, 5, 0), LocalDate.of(2026, 1, 2)));

        assertThat(json).isEqualTo("{\"at\":\"2026-11-26 09:05:00\",\"day\":\"2026-01-02\"}");
    }
}
