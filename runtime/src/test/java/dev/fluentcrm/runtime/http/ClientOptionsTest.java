package dev.fluentcrm.runtime.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.fluentcrm.runtime.testing.TestClients;
import dev.fluentcrm.runtime.testing.TestServer;
import dev.fluentcrm.runtime.testing.TestServer.Reply;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The password stays secret: hidden in toString, and never sent in clear text to another machine. */
class ClientOptionsTest {
    private static ClientOptions.Builder withPassword(String url) {
        return ClientOptions.builder().siteUrl(url).applicationPassword(TestClients.USER, TestClients.PASSWORD);
    }

    @Test
    void credentialsHideThePassword() {
        Credentials credentials = Credentials.applicationPassword(TestClients.USER, TestClients.PASSWORD);

        assertThat(credentials.toString()).contains(TestClients.USER);
        TestClients.assertNoSecret(credentials.toString());
        assertThat(credentials.authorizationHeader()).startsWith("Basic ");
    }

    @Test
    void optionsHideThePassword() {
        ClientOptions options = withPassword("https://crm.example.com")
                .retryPolicy(RetryPolicy.none())
                .build();

        assertThat(options.toString())
                .contains("https://crm.example.com/wp-json/fluent-crm/v2")
                .contains(TestClients.USER);
        TestClients.assertNoSecret(options.toString());
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://x.com/wp-json/fluent-crm/v2",
                "https://x.com/wp-json/fluent-crm/v2/",
                " https://x.com/wp-json/fluent-crm/v2// "
            })
    void aSiteUrlThatIsAlreadyTheApiRootIsTakenAsIt(String url) {
        assertThat(withPassword(url).build().apiRoot()).hasToString("https://x.com/wp-json/fluent-crm/v2");
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://x.com/wp-json",
                "https://x.com/wp-json/",
                "https://x.com/wp-json/wp/v2",
                "https://x.com/wp-json/fluent-crm/v1",
                "https://x.com/wp-json/fluent-crm/v2/subscribers",
                "https://x.com/?rest_route=/fluent-crm/v2",
                "https://x.com/index.php?rest_route=/fluent-crm/v2"
            })
    void anyOtherRestApiUrlGivenAsTheSiteIsRefusedNamingApiRoot(String url) {
        Throwable thrown = TestClients.failure(() -> withPassword(url).build());

        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("is a REST API URL, not the WordPress site")
                .hasMessageContaining("siteUrl(\"https://x.com\")")
                .hasMessageContaining("apiRoot(\"" + url.replaceAll("/+$", "") + "\")");
    }

    @Test
    void aSiteUnderASubdirectoryIsSuggestedWithItsDirectory() {
        assertThatThrownBy(
                        () -> withPassword("https://x.com/blog/wp-json/wp/v2").build())
                .hasMessageContaining("use siteUrl(\"https://x.com/blog\")");
        assertThat(withPassword("https://x.com/wp-jsonish").build().apiRoot())
                .hasToString("https://x.com/wp-jsonish/wp-json/fluent-crm/v2");
    }

    @Test
    void theApiRootThroughASiteUrlReachesTheApiWithoutDoublingThePath() {
        try (var server = TestServer.start()) {
            server.enqueue(Reply.ok("{}"));
            new ApiExecutor(ClientOptions.builder()
                            .siteUrl(server.siteUrl() + "/wp-json/fluent-crm/v2")
                            .build())
                    .execute(ApiRequest.builder("GET", "/tags").build());

            assertThat(server.request(0).rawPath()).isEqualTo("/wp-json/fluent-crm/v2/tags");
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://example.com",
                "http://crm.example.com/blog",
                "http://10.0.0.5:8080",
                "http://127.0.0.1.nip.io",
                "http://localhost.example.com",
                "HTTP://EXAMPLE.COM"
            })
    void refusesBasicAuthOverPlainHttpToAnotherHost(String url) {
        Throwable thrown = TestClients.failure(() -> withPassword(url).build());

        assertThat(thrown)
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(URI.create(url).getHost())
                .hasMessageContaining("allowInsecureHttp");
    }

    @Test
    void insecureHttpWhenTheCallerSaysSo() {
        assertThatCode(() -> withPassword("http://example.com")
                        .allowInsecureHttp(true)
                        .build())
                .doesNotThrowAnyException();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1",
                "http://127.0.0.1:8080/wp",
                "http://localhost",
                "http://LOCALHOST:8000",
                "http://[::1]:8080",
                "https://example.com",
                "https://10.0.0.5"
            })
    void allowsThisMachineAndHttps(String url) {
        assertThatCode(() -> withPassword(url).build()).doesNotThrowAnyException();
    }

    @Test
    void plainHttpWithoutCredentialsIsFine() {
        assertThatCode(() ->
                        ClientOptions.builder().siteUrl("http://example.com").build())
                .doesNotThrowAnyException();
    }

    @Test
    void siteUrlBecomesTheApiRoot() {
        assertThat(withPassword("https://example.com/blog///").build().apiRoot())
                .isEqualTo(URI.create("https://example.com/blog/wp-json/fluent-crm/v2"));
        assertThat(ClientOptions.builder()
                        .apiRoot("https://example.com/?rest_route=/fluent-crm/v2")
                        .build()
                        .apiRoot()
                        .getQuery())
                .isEqualTo("rest_route=/fluent-crm/v2");
    }

    @ParameterizedTest
    @ValueSource(strings = {"example.com", "ftp://example.com", "https://", "/wp-json"})
    void refusesWhatIsNoHttpUrl(String url) {
        assertThat(TestClients.failure(() -> ClientOptions.builder().siteUrl(url)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void requiresASiteAndAUser() {
        assertThat(TestClients.failure(() -> ClientOptions.builder().build())).isInstanceOf(NullPointerException.class);
        assertThat(TestClients.failure(() -> Credentials.applicationPassword(" ", TestClients.PASSWORD)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void defaults() {
        ClientOptions options =
                ClientOptions.builder().siteUrl("https://example.com").build();

        assertThat(options.credentials()).isNull();
        assertThat(options.userAgent()).isEqualTo("fluentcrm-java/development");
        assertThat(options.requestTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(options.retryPolicy().maxAttempts()).isEqualTo(3);
        assertThat(options.httpClient().followRedirects()).isEqualTo(HttpClient.Redirect.NEVER);
    }

    @Test
    void aRequestTimeoutMustBePositive() {
        ClientOptions.Builder builder = ClientOptions.builder();

        assertThatThrownBy(() -> builder.requestTimeout(Duration.ZERO))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("requestTimeout must be positive, got PT0S");
        assertThatThrownBy(() -> builder.requestTimeout(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("must be positive");
    }
}
