package dev.fluentcrm.runtime.error;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ApiRequest;
import dev.fluentcrm.runtime.testing.Models;
import dev.fluentcrm.runtime.testing.RealResponses;
import dev.fluentcrm.runtime.testing.RealResponses.Sample;
import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every captured error body, served verbatim with its real status, becomes the right exception. */
class RealErrorResponsesTest {
    private final TestServer server = TestServer.start();
    private final ApiExecutor executor = TestClients.executor(server);

    @AfterEach
    void stop() {
        server.close();
    }

    private static final Map<String, Consumer<Throwable>> EXPECTED = Map.of(
            "err_no_auth",
                    e -> assertThat(e)
                            .isInstanceOf(UnauthorizedException.class)
                            .satisfies(x -> assertThat(((FluentCrmException) x).errorCode())
                                    .contains("rest_forbidden")),
            "err_forbidden_low_role",
                    e -> assertThat(e)
                            .isInstanceOf(ForbiddenException.class)
                            .satisfies(x -> assertThat(((FluentCrmException) x).serverMessage())
                                    .contains("Sorry, you are not allowed to do that.")),
            "err_missing_contact",
                    e -> {
                        assertThat(e).isInstanceOf(ValidationException.class);
                        assertThat(((ValidationException) e).fieldErrors()).isEmpty();
                        assertThat(((ValidationException) e).serverMessage()).contains("Subscriber not found");
                    },
            "err_missing_campaign",
                    e -> assertThat(e)
                            .isInstanceOf(NotFoundException.class)
                            .satisfies(x -> assertThat(((FluentCrmException) x).serverMessage())
                                    .contains("No query results for model [FluentCrm\\App\\Models\\Campaign].")),
            "err_invalid_email",
                    e -> {
                        assertThat(e).isInstanceOf(ValidationException.class);
                        assertThat(((ValidationException) e).fieldErrors())
                                .isEqualTo(
                                        Map.of("email", Map.of("email", "The email must be a valid email address.")));
                        assertThat(((ValidationException) e).serverMessage())
                                .contains("The email must be a valid email address.");
                    },
            "err_malformed_json",
                    e -> assertThat(e)
                            .isInstanceOf(BadRequestException.class)
                            .satisfies(x -> assertThat(((FluentCrmException) x).errorCode())
                                    .contains("rest_invalid_json")),
            "err_unknown_route",
                    e -> assertThat(e)
                            .isInstanceOf(NotFoundException.class)
                            .satisfies(x -> assertThat(((FluentCrmException) x).errorCode())
                                    .contains("rest_no_route"))
                            .satisfies(x -> assertThat(((FluentCrmException) x).serverMessage())
                                    .contains("No route was found matching the URL and request method.")));

    static Stream<Sample> errorSamples() {
        return RealResponses.index().stream().filter(s -> s.name().startsWith("err_") && s.status() >= 300);
    }

    private ApiRequest requestFor(Sample sample) {
        return ApiRequest.builder(sample.method(), sample.path()).build();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("errorSamples")
    void mapsToTheRightException(Sample sample) {
        server.enqueue(new Reply(
                sample.status(), Map.of("Content-Type", sample.contentType()), sample.body(), Duration.ZERO, false));

        Throwable thrown = TestClients.failure(() -> executor.execute(requestFor(sample), JsonNode.class));

        assertThat(EXPECTED).as("an expectation for " + sample.name()).containsKey(sample.name());
        EXPECTED.get(sample.name()).accept(thrown);
        FluentCrmException e = (FluentCrmException) thrown;
        assertThat(e.statusCode()).isEqualTo(sample.status());
        assertThat(e.rawBody()).contains(sample.body());
        assertThat(e.headers())
                .hasValueSatisfying(
                        h -> assertThat(h.firstValue("content-type")).contains(sample.contentType()));
        assertThat(e.getMessage())
                .startsWith(sample.method() + " " + server.siteUrl() + "/wp-json/fluent-crm/v2" + sample.path() + " ")
                .contains(String.valueOf(sample.status()));
        assertThat(server.requestCount()).as("errors are not retried").isEqualTo(1);
    }

    @Test
    void everyCapturedErrorFileIsCovered() throws IOException {
        try (Stream<Path> files = Files.list(RealResponses.directory())) {
            assertThat(files.map(p -> p.getFileName().toString())
                            .filter(n -> n.startsWith("err_"))
                            .map(n -> n.replace(".json", "")))
                    .isNotEmpty()
                    .allSatisfy(name -> assertThat(RealResponses.index())
                            .anySatisfy(s -> assertThat(s.name()).isEqualTo(name)))
                    .allSatisfy(name -> assertThat(EXPECTED.containsKey(name)
                                    || RealResponses.sample(name).status() == 200)
                            .isTrue());
        }
    }

    @Test
    void aMissingSegmentAnswers200WithFalseWhichIsNoValueAndNoError() {
        Sample sample = RealResponses.sample("err_seg_missing");
        server.enqueue(Reply.json(sample.status(), sample.body()));

        JsonNode value = executor.execute(requestFor(sample), JsonNode.class).value();
        assertThat(value.isBoolean() && !value.asBoolean()).isTrue();
        server.enqueue(Reply.json(sample.status(), sample.body()));
        assertThat(executor.execute(requestFor(sample), Models.Contact.class).value())
                .isNull();
    }
}
