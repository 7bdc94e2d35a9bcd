package golden.parameters;

import dev.fluentcrm.runtime.http.ApiExecutor;
import dev.fluentcrm.runtime.http.ClientExtension;
import dev.fluentcrm.runtime.http.ClientOptions;
import dev.fluentcrm.runtime.http.HttpListener;
import dev.fluentcrm.runtime.http.RequestOptions;
import dev.fluentcrm.runtime.http.RetryPolicy;
import java.net.http.HttpClient;
import java.time.Duration;
import javax.annotation.processing.Generated;

/**
 * A client of the Path, query, header and body parameters 1.0.
 *
 * <pre>{@code
 * FluentCrmClient client = FluentCrmClient.builder()
 *         .siteUrl("https://example.com")
 *         .applicationPassword("admin", "abcd efgh ijkl mnop qrst uvwx")
 *         .build();
 * }</pre>
 *
 * <p>One client per site; it is thread-safe and meant to be shared.
 */
@Generated("dev.fluentcrm.codegen.emit.client.FluentCrmClientEmitter")
public final class FluentCrmClient {
    private final ApiExecutor executor;

    private final ListsApi lists;

    private FluentCrmClient(ApiExecutor executor) {
        this.executor = executor;
        this.lists = new ListsApi(executor);
    }

    /**
     * The Lists operations (4).
     */
    public ListsApi lists() {
        return lists;
    }

    public static Builder builder() {
        return new Builder();
    }

    /**
     * A client for options built elsewhere.
     */
    public static FluentCrmClient create(ClientOptions options) {
        return new FluentCrmClient(new ApiExecutor(options));
    }

    /**
     * This client with {@code options} (timeout, extra headers, retries) applied to every call of
     * every module; this one is left as it is. For one module: {@code client.contacts().withOptions(options)}.
     */
    public FluentCrmClient withOptions(RequestOptions options) {
        return new FluentCrmClient(executor.withOptions(options));
    }

    /**
     * The executor behind the module classes, for calls to endpoints this client does not know.
     */
    public ApiExecutor executor() {
        return executor;
    }

    /**
     * Module classes this client does not have, on its executor (transport, credentials, JSON,
     * retries and options): the ones the Maven plugin generates for your overlays
     * ({@code crm.extension(LoyaltyApi::new)}), or your own.
     *
     * @param <T> the extension's type
     * @param extension how to build it, usually its constructor
     * @return the extension, using this client's options
     */
    public <T> T extension(ClientExtension<T> extension) {
        return extension.create(executor);
    }

    /**
     * Configures a {@link FluentCrmClient}; see {@link ClientOptions.Builder} for each setting.
     */
    public static final class Builder {
        private final ClientOptions.Builder options;

        private Builder() {
            options = ClientOptions.builder();
        }

        /**
         * The WordPress site, such as {@code https://example.com}; a URL ending in
         * {@code /wp-json/fluent-crm/v2} is taken as the API root, any other REST API URL is refused.
         */
        public Builder siteUrl(String siteUrl) {
            options.siteUrl(siteUrl);
            return this;
        }

        /**
         * The API root itself, when it is not {@code <site>/wp-json/fluent-crm/v2}.
         */
        public Builder apiRoot(String apiRoot) {
            options.apiRoot(apiRoot);
            return this;
        }

        /**
         * A WordPress user and one of its Application Passwords.
         */
        public Builder applicationPassword(String user, String password) {
            options.applicationPassword(user, password);
            return this;
        }

        /**
         * How long to wait for a connection.
         */
        public Builder connectTimeout(Duration timeout) {
            options.connectTimeout(timeout);
            return this;
        }

        /**
         * How long one attempt may take.
         */
        public Builder requestTimeout(Duration timeout) {
            options.requestTimeout(timeout);
            return this;
        }

        /**
         * When to retry; {@code RetryPolicy.none()} turns retries off.
         */
        public Builder retryPolicy(RetryPolicy policy) {
            options.retryPolicy(policy);
            return this;
        }

        /**
         * The {@code User-Agent} header; {@code fluentcrm-java/<version>} by default.
         */
        public Builder userAgent(String userAgent) {
            options.userAgent(userAgent);
            return this;
        }

        /**
         * A header sent with every request; per-call headers ({@code withOptions}) win on the same name.
         */
        public Builder defaultHeader(String name, String value) {
            options.defaultHeader(name, value);
            return this;
        }

        /**
         * Sees every request and response, secrets hidden, such as {@code HttpListener.logTo(System.err::println)}.
         */
        public Builder httpListener(HttpListener listener) {
            options.httpListener(listener);
            return this;
        }

        /**
         * Your own {@link HttpClient} (proxy, TLS, executor).
         */
        public Builder httpClient(HttpClient httpClient) {
            options.httpClient(httpClient);
            return this;
        }

        /**
         * Allow the password over plain http to another host.
         */
        public Builder allowInsecureHttp(boolean allow) {
            options.allowInsecureHttp(allow);
            return this;
        }

        public FluentCrmClient build() {
            return create(options.build());
        }
    }
}
