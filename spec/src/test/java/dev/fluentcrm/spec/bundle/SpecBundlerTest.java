package dev.fluentcrm.spec.bundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SpecBundlerTest {
    @TempDir
    Path dir;

    private void write(String name, String text) throws IOException {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        Files.writeString(file, text);
    }

    private void root() throws IOException {
        write("openapi.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1'}\npaths: {}\n");
    }

    @Test
    void mergesPathsAndComponentsInFileOrder() throws IOException {
        root();
        write("components/common.yaml", "components:\n  schemas:\n    A: {type: string}\n");
        write("components/b.yaml", "components:\n  schemas:\n    B: {type: integer}\n");
        write("paths/x.yaml", "paths:\n  /x:\n    get: {operationId: getX}\n");
        write(
                "paths/y.yaml",
                "paths:\n  /x:\n    post: {operationId: createX}\n  /y/{id}:\n    get: {operationId: getY}\n");

        JsonNode bundle = new SpecBundler().bundle(dir);

        assertThat(bundle.at("/paths/~1x").fieldNames()).toIterable().containsExactly("get", "post");
        assertThat(bundle.at("/paths/~1y~1{id}/get/operationId").asText()).isEqualTo("getY");
        assertThat(bundle.at("/components/schemas").fieldNames()).toIterable().containsExactly("A", "B");
    }

    @Test
    void anOperationDefinedTwiceNamesBothFilesAndThePointer() throws IOException {
        root();
        write("paths/a.yaml", "paths:\n  /tags:\n    get: {operationId: listTags}\n");
        write("paths/b.yaml", "paths:\n  /tags:\n    get: {operationId: listTagsAgain}\n");

        assertThatThrownBy(() -> new SpecBundler().bundle(dir))
                .isInstanceOf(SpecBundleException.class)
                .hasMessageContaining("b.yaml#/paths/~1tags/get")
                .hasMessageContaining("already defined in")
                .hasMessageContaining("a.yaml");
    }

    @Test
    void aComponentDefinedTwiceIsRefused() throws IOException {
        root();
        write("components/a.yaml", "components:\n  schemas:\n    Tag: {type: object}\n");
        write("components/b.yaml", "components:\n  schemas:\n    Tag: {type: string}\n");

        assertThatThrownBy(() -> new SpecBundler().bundle(dir))
                .hasMessageContaining("b.yaml#/components/schemas/Tag: already defined in");
    }

    @Test
    void brokenYamlNamesFileAndLine() throws IOException {
        root();
        write("paths/bad.yaml", "paths:\n  /x:\n    get: [unclosed\n");

        assertThatThrownBy(() -> new SpecBundler().bundle(dir))
                .isInstanceOf(SpecBundleException.class)
                .hasMessageContaining("bad.yaml:")
                .hasMessageContaining("not valid YAML");
    }

    @Test
    void aKeyWrittenTwiceInOneMappingIsRefusedWithFileAndLine() throws IOException {
        // A YAML reader keeps the last of two equal keys silently; in a hand-edited fragment the
        // first one is then lost without anyone noticing.
        root();
        write(
                "paths/twice.yaml",
                "paths:\n  /x:\n    get:\n      operationId: a\n      summary: one\n      summary: two\n");

        assertThatThrownBy(() -> new SpecBundler().bundle(dir))
                .isInstanceOf(SpecBundleException.class)
                .hasMessageContaining("twice.yaml:6")
                .hasMessageContaining("summary");
    }

    @Test
    void aFragmentWithOtherTopLevelKeysIsRefused() throws IOException {
        root();
        write("paths/info.yaml", "info: {title: other}\n");

        assertThatThrownBy(() -> new SpecBundler().bundle(dir)).hasMessageContaining("info.yaml#/info");
    }

    @Test
    void theSpecVersionIsStampedRightAfterTheDescribedRelease() throws IOException {
        root();
        ObjectNode bundle = new SpecBundler().bundle(dir);
        SpecBundler.stampSpecVersion(bundle, "0.1.0-SNAPSHOT");

        assertThat(bundle.at("/info/version").asText()).isEqualTo("1");
        assertThat(bundle.at("/info/x-spec-version").asText()).isEqualTo("0.1.0-SNAPSHOT");
        assertThat(bundle.get("info").fieldNames()).toIterable().containsExactly("title", "version", "x-spec-version");
    }

    @Test
    void aSpecVersionWrittenInTheSourcesIsRefused() throws IOException {
        write("openapi.yaml", "openapi: 3.0.3\ninfo: {title: t, version: '1', x-spec-version: '9'}\npaths: {}\n");
        ObjectNode bundle = new SpecBundler().bundle(dir);

        assertThatThrownBy(() -> SpecBundler.stampSpecVersion(bundle, "0.1.0"))
                .isInstanceOf(SpecBundleException.class)
                .hasMessageContaining("#/info/x-spec-version");
    }

    @Test
    void outputIsByteIdenticalAcrossRunsAndQuotesDatesAndFlags() throws IOException {
        root();
        write(
                "components/common.yaml",
                "components:\n  schemas:\n    A:\n      type: string\n"
                        + "      example: '2026-11-26 10:00:00'\n    B:\n      type: string\n      example: 'yes'\n"
                        + "    C:\n      type: string\n      example: '12'\n");
        SpecWriter writer = new SpecWriter();
        byte[] first = writer.yaml(new SpecBundler().bundle(dir));
        byte[] second = writer.yaml(new SpecBundler().bundle(dir));
        assertThat(first).isEqualTo(second);
        String text = new String(first, StandardCharsets.UTF_8);
        assertThat(text)
                .contains("example: \"2026-11-26 10:00:00\"")
                .contains("example: \"yes\"")
                .contains("example: \"12\"");
        assertThat(writer.json(new SpecBundler().bundle(dir))).isEqualTo(writer.json(new SpecBundler().bundle(dir)));
    }
}
