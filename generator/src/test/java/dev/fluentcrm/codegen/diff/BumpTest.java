package dev.fluentcrm.codegen.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** The next version: semver from 1.0.0 on, and the 0.x rule (breaking bumps the minor, the rest the patch) before. */
class BumpTest {
    @Test
    void fromOneOnEachBumpMovesItsOwnNumber() {
        assertThat(Bump.MAJOR.next("1.4.2")).isEqualTo("2.0.0");
        assertThat(Bump.MINOR.next("1.4.2")).isEqualTo("1.5.0");
        assertThat(Bump.PATCH.next("1.4.2")).isEqualTo("1.4.3");
        assertThat(Bump.NONE.next("1.4.2")).isEqualTo("1.4.2");
    }

    @Test
    void beforeOneABreakingChangeMovesTheMinorAndAnythingElseThePatch() {
        assertThat(Bump.MAJOR.next("0.1.0")).isEqualTo("0.2.0");
        assertThat(Bump.MINOR.next("0.1.0")).isEqualTo("0.1.1");
        assertThat(Bump.PATCH.next("0.1.0")).isEqualTo("0.1.1");
    }

    @Test
    void aSnapshotCountsAsTheReleaseItLeadsTo() {
        assertThat(Bump.MINOR.next("2.0.1-SNAPSHOT")).isEqualTo("2.1.0");
    }

    @Test
    void somethingElseIsNotAVersion() {
        assertThatThrownBy(() -> Bump.PATCH.next("2.0"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("'2.0' is not a version of the form major.minor.patch");
    }
}
