package dev.fluentcrm.codegen.load;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluentcrm.codegen.Generator;
import dev.fluentcrm.codegen.model.Availability;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Requirement;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@code x-fluentcrm-availability} and {@code x-fluentcrm-requires}: read into the model when
 * present, nothing when absent, and a one-line error naming file and pointer when malformed.
 */
class OperationNeedsTest {
    @TempDir
    Path dir;

    private Path spec(String extensions) throws IOException {
        String indented = extensions.strip().indent(6);
        return Files.writeString(dir.resolve("spec.yaml"), """
                openapi: 3.0.3
                info: {title: T, version: '1'}
                paths:
                  /companies:
                    get:
                      operationId: listCompanies
                      tags: [Companies]
                """ + indented + """
                      responses: {'200': {description: ok}}
                """);
    }

    private static Operation onlyOperation(Path spec) {
        return Generator.load(List.of(spec.toUri()))
                .modules()
                .get(0)
                .operations()
                .get(0);
    }

    @Test
    void bothExtensionsAreReadIntoTheModel() throws IOException {
        Operation operation = onlyOperation(spec("""
                x-fluentcrm-requires:
                  - {module: company, enable: 'POST /setting/experiments with company_module=yes'}
                  - {plugin: woocommerce}
                x-fluentcrm-availability:
                  registeredIn: ['FluentCRM 2.9.84']
                  notRegisteredIn: ['FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45']
                  since: '2.9.80'
                """));

        assertThat(operation.requires())
                .containsExactly(
                        new Requirement.Module("company", "POST /setting/experiments with company_module=yes"),
                        new Requirement.Plugin("woocommerce"));
        assertThat(operation.availability())
                .isEqualTo(new Availability(
                        List.of("FluentCRM 2.9.84"),
                        List.of("FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45"),
                        "2.9.80"));
    }

    @Test
    void withoutTheExtensionsNothingIsKnownOrRequired() throws IOException {
        Operation operation = onlyOperation(spec("summary: List companies"));

        assertThat(operation.requires()).isEmpty();
        assertThat(operation.availability().isKnown()).isFalse();
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiterString = " => ",
            value = {
                "'x-fluentcrm-requires: {module: company}' => /x-fluentcrm-requires: expected a list of {module, enable} or {plugin} mappings",
                "'x-fluentcrm-requires: [company]' => /x-fluentcrm-requires/0: expected a mapping",
                "'x-fluentcrm-requires: [{module: company}]' => /x-fluentcrm-requires/0: module 'company' needs 'enable', saying how to switch it on",
                "'x-fluentcrm-requires: [{module: company, enable: \"\"}]' => /x-fluentcrm-requires/0/enable: expected a non-empty string",
                "'x-fluentcrm-requires: [{plugin: WooCommerce}]' => /x-fluentcrm-requires/0/plugin: 'WooCommerce' is not a WordPress plugin slug (lower case, digits, dashes)",
                "'x-fluentcrm-requires: [{plugin: woocommerce, version: 8}]' => /x-fluentcrm-requires/0/version: unknown key 'version' (expected plugin)",
                "'x-fluentcrm-requires: [{module: company, plugin: woocommerce}]' => /x-fluentcrm-requires/0: an entry names either a module or a plugin, not both",
                "'x-fluentcrm-requires: [{}]' => /x-fluentcrm-requires/0: expected a 'module' (with 'enable') or a 'plugin' key",
                "'x-fluentcrm-availability: [FluentCRM 2.9.84]' => /x-fluentcrm-availability: expected a mapping",
                "'x-fluentcrm-availability: {registeredIn: FluentCRM 2.9.84}' => /x-fluentcrm-availability/registeredIn: expected a list of release names like 'FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45'",
                "'x-fluentcrm-availability: {notRegisteredIn: [[2.9]]}' => /x-fluentcrm-availability/notRegisteredIn/0: expected a non-empty string",
                "'x-fluentcrm-availability: {verified: yes}' => /x-fluentcrm-availability/verified: unknown key 'verified' (expected registeredIn, notRegisteredIn, since)",
            })
    void aMalformedValueIsOneLineNamingFileAndPointer(String extension, String problem) throws IOException {
        Path spec = spec(extension);

        assertThatThrownBy(() -> onlyOperation(spec))
                .isInstanceOf(SpecException.class)
                .hasMessage(spec + "#/paths/~1companies/get" + problem);
    }
}
