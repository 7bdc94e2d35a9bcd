package dev.fluentcrm.codegen.emit.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceLayoutTest {
    private static final String WORDS =
            "one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen";

    @Test
    void wrapsLongJavadocBetweenWordsKeepingTheCommentPrefix() {
        String tidy = SourceLayout.tidy("    /**\n     * " + WORDS + " " + WORDS + "\n     */\n");
        assertThat(tidy.split("\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
        assertThat(tidy).startsWith("    /**\n     * one two").endsWith("fifteen\n     */\n");
        assertThat(tidy.split("\n")[2]).startsWith("     * ");
        assertThat(tidy.replaceAll("\n     \\* ", " ")).contains(WORDS + " " + WORDS);
    }

    @Test
    void continuesABlockTagDeeperAndLeavesPreformattedTextAlone() {
        String longPre = "     * " + "x".repeat(130);
        String tidy = SourceLayout.tidy("/**\n     * <pre>{@code\n" + longPre + "\n     * }</pre>\n     * @param a "
                + WORDS + " " + WORDS + "\n     */\n");
        assertThat(tidy).contains(longPre + "\n");
        assertThat(tidy).containsPattern("\n     \\* @param a one [^\n]*\n     \\*     [a-z]");
    }

    @Test
    void breaksAnOverlongWordOfJavadocAfterASlash() {
        String pointer = "/paths/~1recurring-campaigns~1{campaign_id}~1update-settings/post/requestBody/content/schema"
                + "/properties/settings".repeat(5);
        String tidy = SourceLayout.tidy("    /**\n     * {@code A}, from {@code " + pointer + "}.\n     */\n");
        assertThat(tidy.split("\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
        assertThat(tidy.replaceAll("\n     \\* ", "")).contains(pointer + "}.");
    }

    @Test
    void breaksCodeAtABlankOutsideLiteralsEightColumnsDeeper() {
        String line = "        return call(\"a literal with blanks that must stay whole\", " + "argument, ".repeat(8)
                + "last);";
        String tidy = SourceLayout.tidy(line + "\n");
        String[] lines = tidy.split("\n");
        assertThat(lines).hasSize(2);
        assertThat(lines[0]).hasSizeLessThanOrEqualTo(120).contains("\"a literal with blanks that must stay whole\"");
        assertThat(lines[1]).startsWith("                " + "argument").endsWith("last);");
    }

    @Test
    void splitsAStringLiteralWhenNothingElseIsLeft() {
        String message = "word ".repeat(30).strip();
        String tidy =
                SourceLayout.tidy("        throw new IllegalStateException(\n                \"" + message + "\");\n");
        assertThat(tidy.split("\n"))
                .allSatisfy(line -> assertThat(line.length()).isLessThanOrEqualTo(120));
        assertThat(tidy).contains("\" +\n                        \"");
        assertThat(tidy.replaceAll("\" \\+\n\\s*\"", "")).contains("\"" + message + "\"");
    }

    @Test
    void neverBreaksInsideALineCommentOrACharLiteralAndDropsTrailingBlanks() {
        String comment = "        x = ' '; // " + WORDS + " " + WORDS;
        assertThat(SourceLayout.tidy(comment + "\n"))
                .isEqualTo("        x = ' ';\n                // " + WORDS + " " + WORDS + "\n");
        assertThat(SourceLayout.tidy("int a =   \n    b;\n")).isEqualTo("int a =\n    b;\n");
        String token = "        " + "x".repeat(130) + ";";
        assertThat(SourceLayout.tidy(token + "\n")).isEqualTo(token + "\n");
    }
}
