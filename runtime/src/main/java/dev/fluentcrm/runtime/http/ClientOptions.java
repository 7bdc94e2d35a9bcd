package dev.fluentcrm.runtime.http;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Everything a client needs to reach one FluentCRM site. Built once, shared by every call.
 * Basic authentication over plain {@code http://} is refused unless the host is this machine
 * or {@link Builder#allowInsecureHttp(boolean)} says the caller accepts the risk.
 */
public final class ClientOptions {
    /** Where the FluentCRM API lives below a WordPress site's root. */
    public static final String API_PATH = "/wp-json/fluent-crm/v2";

    private final URI apiRoot;
    private final Credentials credentials;
    private final Duration connectTimeout;
    private final Duration requestTimeout;
    private final RetryPolicy retryPolicy;
    private final String userAgent;
    private final Map<String, String> defaultHeaders;
    private final HttpListener httpListener;
    private final HttpClient httpClient;

    private ClientOptions(Builder builder) {
        this.apiRoot = Objects.requireNonNull(builder.apiRoot, "Set the site URL or the API root");
        this.credentials = builder.credentials;
        this.connectTimeout = builder.connectTimeout;
        this.requestTimeout = builder.requestTimeout;
        this.retryPolicy = builder.retryPolicy;
        this.userAgent = builder.userAgent;
        this.defaultHeaders = Collections.unmodifiableMap(new LinkedHashMap<>(builder.defaultHeaders));
        this.httpListener = builder.httpListener;
        this.httpClient = builder.httpClient != null
                ? builder.httpClient
                : HttpClient.newBuilder()
                        .connectTimeout(connectTimeout)
                        .followRedirects(HttpClient.Redirect.NEVER)
                        .build();
        if (credentials != null && !builder.allowInsecureHttp && isInsecure(apiRoot)) {
            throw new IllegalArgumentException(
                    "Refusing to send the Application Password over plain http to " + apiRoot.getHost()
                            + ": use https, or allowInsecureHttp(true) if you accept that anyone on the network can read it");
        }
    }

    public static Builder builder() {
        return new Builder();
    }

    public URI apiRoot() {
        return apiRoot;
    }

    public Credentials credentials() {
        return credentials;
    }

    public Duration requestTimeout() {
        return requestTimeout;
    }

    public RetryPolicy retryPolicy() {
        return retryPolicy;
    }

    /** {@code fluentcrm-java/<version>} unless set; see {@link SdkVersion}. */
    public String userAgent() {
        return userAgent;
    }

    /** Headers sent with every request, in the order they were set. */
    public Map<String, String> defaultHeaders() {
        return defaultHeaders;
    }

    /** The listener that sees every exchange, or {@code null}. */
    public HttpListener httpListener() {
        return httpListener;
    }

    public HttpClient httpClient() {
        return httpClient;
    }

    private static boolean isInsecure(URI uri) {
        if (!"http".equalsIgnoreCase(uri.getScheme())) {
            return false;
        }
        String host = uri.getHost();
        if (host == null || host.equalsIgnoreCase("localhost")) {
            return false;
        }
        try {
            // Only literal addresses are checked; a name is never resolved here.
            boolean literal = host.matches("[0-9.]+") || host.contains(":");
            return !(literal && InetAddress.getByName(host).isLoopbackAddress());
        } catch (UnknownHostException e) {
            return true;
        }
    }

    @Override
    public String toString() {
        return "ClientOptions[apiRoot=" + apiRoot + ", credentials=" + credentials + ", retryPolicy=" + retryPolicy
                + (defaultHeaders.isEmpty() ? "" : ", defaultHeaders=" + Redaction.headerValues(defaultHeaders)) + "]";
    }

    /** Builds {@link ClientOptions}. */
    public static final class Builder {
        private URI apiRoot;
        private Credentials credentials;
        private Duration connectTimeout = Duration.ofSeconds(10);
        private Duration requestTimeout = Duration.ofSeconds(60);
        private RetryPolicy retryPolicy = RetryPolicy.defaults();
        private String userAgent = SdkVersion.userAgent();
        private final Map<String, String> defaultHeaders = new LinkedHashMap<>();
        private HttpListener httpListener;
        private HttpClient httpClient;
        private boolean allowInsecureHttp;

        private Builder() {}

        /**
         * The WordPress site, such as {@code https://example.com} or {@code https://example.com/blog};
         * the API is at {@code <site>/wp-json/fluent-crm/v2}. A URL that already ends in
         * {@code /wp-json/fluent-crm/v2} is taken as the API root. Any other REST API URL (one with
         * {@code /wp-json} in its path, or a {@code rest_route} query) is refused with a message
         * naming {@link #apiRoot(String)}, which takes the API root as it is.
         */
        public Builder siteUrl(String siteUrl) {
            String base = trimSlash(Objects.requireNonNull(siteUrl, "siteUrl"));
            URI uri;
            try {
                uri = URI.create(base);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("Not an http(s) URL with a host: " + siteUrl, e);
            }
            String path = uri.getRawPath() == null ? "" : uri.getRawPath();
            if (path.endsWith(API_PATH) && uri.getRawQuery() == null) {
                return apiRoot(base);
            }
            int restApi = path.indexOf("/wp-json");
            boolean restRoute = uri.getRawQuery() != null && uri.getRawQuery().contains("rest_route");
            if (restApi >= 0 && (path.length() == restApi + 8 || path.charAt(restApi + 8) == '/') || restRoute) {
                String sitePath = restApi >= 0 ? path.substring(0, restApi) : path.replaceFirst("/index\\.php$", "");
                String site = uri.getScheme() + "://" + uri.getRawAuthority() + trimSlash(sitePath);
                String shown = Redaction.url(uri);
                throw new IllegalArgumentException(
                        "siteUrl(\"" + shown + "\") is a REST API URL, not the WordPress site:"
                                + " use siteUrl(\"" + Redaction.url(URI.create(site)) + "\"), or apiRoot(\"" + shown
                                + "\") if this is where the FluentCRM API (fluent-crm/v2) answers");
            }
            return apiRoot(base + API_PATH);
        }

        /** The API root itself, for sites that serve the REST API elsewhere (e.g. {@code ?rest_route=}). */
        public Builder apiRoot(String apiRoot) {
            URI uri = URI.create(trimSlash(Objects.requireNonNull(apiRoot, "apiRoot")));
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.equals("https") && !scheme.equals("http") || uri.getHost() == null) {
                throw new IllegalArgumentException("Not an http(s) URL with a host: " + apiRoot);
            }
            this.apiRoot = uri;
            return this;
        }

        public Builder credentials(Credentials credentials) {
            this.credentials = credentials;
            return this;
        }

        /** HTTP Basic with a WordPress user name and an Application Password. */
        public Builder applicationPassword(String user, String password) {
            return credentials(Credentials.applicationPassword(user, password));
        }

        public Builder connectTimeout(Duration connectTimeout) {
            this.connectTimeout = Objects.requireNonNull(connectTimeout, "connectTimeout");
            return this;
        }

        /** How long one attempt may take, from sending to the last byte of the answer; positive. */
        public Builder requestTimeout(Duration requestTimeout) {
            Objects.requireNonNull(requestTimeout, "requestTimeout");
            if (requestTimeout.isNegative() || requestTimeout.isZero()) {
                throw new IllegalArgumentException("requestTimeout must be positive, got " + requestTimeout);
            }
            this.requestTimeout = requestTimeout;
            return this;
        }

        public Builder retryPolicy(RetryPolicy retryPolicy) {
            this.retryPolicy = Objects.requireNonNull(retryPolicy, "retryPolicy");
            return this;
        }

        /** The {@code User-Agent} header; {@code fluentcrm-java/<version>} by default. */
        public Builder userAgent(String userAgent) {
            this.userAgent = Objects.requireNonNull(userAgent, "userAgent");
            return this;
        }

        /**
         * A header sent with every request, such as a tracing or tenant header. Per-call headers
         * ({@link RequestOptions}) win on the same name; the {@code Authorization} of
         * {@link #applicationPassword} always wins. Headers Java's HTTP client sets itself
         * ({@code Host}, {@code Content-Length}, ...) are refused.
         */
        public Builder defaultHeader(String name, String value) {
            RequestOptions.Headers.check(name, value);
            defaultHeaders.put(name, value);
            return this;
        }

        /** {@link #defaultHeader} for each entry. */
        public Builder defaultHeaders(Map<String, String> headers) {
            headers.forEach(this::defaultHeader);
            return this;
        }

        /** Sees every request and response, secrets hidden; see {@link HttpListener#logTo}. */
        public Builder httpListener(HttpListener httpListener) {
            this.httpListener = httpListener;
            return this;
        }

        /** Your own {@link HttpClient} (proxy, TLS, executor); its redirect policy should be NEVER. */
        public Builder httpClient(HttpClient httpClient) {
            this.httpClient = httpClient;
            return this;
        }

        /** Allow sending the password over plain http to a host other than this machine. */
        public Builder allowInsecureHttp(boolean allowInsecureHttp) {
            this.allowInsecureHttp = allowInsecureHttp;
            return this;
        }

        public ClientOptions build() {
            return new ClientOptions(this);
        }

        private static String trimSlash(String url) {
            String trimmed = url.strip();
            while (trimmed.endsWith("/")) {
                trimmed = trimmed.substring(0, trimmed.length() - 1);
            }
            return trimmed;
        }
    }
}
