package dev.fluentcrm.runtime.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The part every generated builder inherits: unlisted properties, chained with the builder's own setters. */
class ExtrasBuilderTest {
    /** Shaped as the generator writes a record and its builder. */
    record Note(String title, Map<String, Object> additionalProperties) {
        Note {
            additionalProperties = Immutable.extras(additionalProperties);
        }

        Builder toBuilder() {
            return new Builder(this);
        }

        static final class Builder extends ExtrasBuilder<Builder> {
            private String title;

            Builder() {}

            Builder(Note source) {
                super(source.additionalProperties);
                this.title = source.title;
            }

            Builder title(String title) {
                this.title = title;
                return this;
            }

            Note build() {
                return new Note(title, additionalProperties());
            }
        }
    }

    @Test
    void additionalPropertyChainsWithTheBuildersOwnSettersAndKeepsTheOrder() {
        Note note = new Note.Builder()
                .additionalProperty("b", 2)
                .title("Call back")
                .additionalProperty("a", 1)
                .build();

        assertThat(note.title()).isEqualTo("Call back");
        assertThat(note.additionalProperties()).containsExactly(Map.entry("b", 2), Map.entry("a", 1));
    }

    @Test
    void aBuilderFromARecordStartsWithItsPropertiesAndLeavesTheRecordAsItWas() {
        Note original =
                new Note.Builder().title("x").additionalProperty("kept", true).build();

        Note changed = original.toBuilder().additionalProperty("added", "y").build();

        assertThat(changed.additionalProperties()).containsOnlyKeys("kept", "added");
        assertThat(original.additionalProperties()).containsOnlyKeys("kept");
    }

    @Test
    void aRecordDoesNotChangeWhenItsBuilderGoesOn() {
        Note.Builder builder = new Note.Builder().additionalProperty("first", 1);
        Note built = builder.build();

        builder.additionalProperty("second", 2);

        assertThat(built.additionalProperties()).containsOnlyKeys("first");
        assertThat(builder.build().additionalProperties()).containsOnlyKeys("first", "second");
    }
}
