package dev.fluentcrm.codegen.diff;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Spec text inside a changelog entry stays text: quoted names as code, markup characters escaped. */
class MarkdownReportTest {
    @Test
    void quotedSpecNamesBecomeCodeSpans() {
        assertThat(MarkdownReport.escape("new value '*/': and 'sort_by'")).isEqualTo("new value `*/`: and `sort_by`");
        assertThat(MarkdownReport.escape("value '' is gone")).isEqualTo("value `''` is gone");
    }

    @Test
    void javaTypesAndEmphasisAreEscaped() {
        assertThat(MarkdownReport.escape("returns List<Tag> * 2")).isEqualTo("returns List\\<Tag\\> \\* 2");
        assertThat(MarkdownReport.escape("see [x]")).isEqualTo("see \\[x\\]");
    }

    @Test
    void anUnderscoreInsideAWordIsLeftAloneAndOneAtItsEdgeIsEscaped() {
        assertThat(MarkdownReport.escape("old_name _lead trail_")).isEqualTo("old_name \\_lead trail\\_");
    }
}
