package dev.fluentcrm.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.AbstractMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The copies generated records take of their collections. */
class ImmutableTest {
    @Test
    void listCopyKeepsNullsAndOrderAndCannotChange() {
        List<String> source = new ArrayList<>(Arrays.asList("b", null, "a"));

        List<String> copy = Immutable.list(source);
        source.clear();

        assertThat(copy).containsExactly("b", null, "a");
        assertThatThrownBy(() -> copy.add("c")).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Immutable.list(null)).isNull();
    }

    @Test
    void mapCopyKeepsKeyOrderAndNullValues() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("z", 1);
        source.put("a", null);

        Map<String, Object> copy = Immutable.map(source);
        source.put("m", 2);

        assertThat(copy).containsExactly(Map.entry("z", 1), new AbstractMap.SimpleEntry<>("a", null));
        assertThatThrownBy(() -> copy.put("x", 3)).isInstanceOf(UnsupportedOperationException.class);
        assertThat(Immutable.map(null)).isNull();
    }

    @Test
    void extrasAreNeverNull() {
        assertThat(Immutable.extras(null)).isEmpty();
        Map<String, Object> extras = Immutable.extras(new LinkedHashMap<>(Map.of("__bench", 0.1)));
        assertThat(extras).containsEntry("__bench", 0.1);
        assertThatThrownBy(() -> extras.remove("__bench")).isInstanceOf(UnsupportedOperationException.class);
    }
}
