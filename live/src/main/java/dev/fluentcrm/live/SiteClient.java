package dev.fluentcrm.live;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;

/**
 * Plain HTTP to one WordPress site: the raw status and body of every answer, as the spec has to
 * describe them (the SDK's client would turn errors into exceptions and bodies into types, which
 * is what {@link TypedDecoder} checks separately).
 */
public final class SiteClient {
    /** The FluentCRM namespace below the REST API root. */
    public static final String NAMESPACE = "/fluent-crm/v2";

    private final URI restRoot;
    private final HttpClient http;
    private final Duration timeout;

    /** One answer: what was called and what came back. */
    public record Exchange(String method, String url, int status, String body) {}

    /**
     * @param site the WordPress address ({@code https://example.com}); an address ending in
     *     {@code /wp-json} or {@code /wp-json/fluent-crm/v2} is taken as the same site
     */
    public SiteClient(String site, Duration timeout) {
        this.restRoot = restRoot(site);
        this.timeout = timeout;
        this.http = HttpClient.newBuilder()
                .connectTimeout(Duration.ofSeconds(10))
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();
    }

    static URI restRoot(String site) {
        String address = site.strip();
        while (address.endsWith("/")) {
            address = address.substring(0, address.length() - 1);
        }
        if (address.endsWith("/wp-json" + NAMESPACE)) {
            address = address.substring(0, address.length() - NAMESPACE.length());
        } else if (!address.endsWith("/wp-json")) {
            address = address + "/wp-json";
        }
        URI uri;
        try {
            uri = URI.create(address);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--site " + site + " is not a URL: " + e.getMessage());
        }
        if (!"http".equals(uri.getScheme()) && !"https".equals(uri.getScheme()) || uri.getHost() == null) {
            throw new IllegalArgumentException("--site " + site + " is not an http(s) URL");
        }
        return uri;
    }

    /** The FluentCRM API root, {@code .../wp-json/fluent-crm/v2}. */
    public String apiRoot() {
        return restRoot + NAMESPACE;
    }

    /** A call below the FluentCRM namespace: {@code pathAndQuery} starts with {@code /}. */
    public Exchange crm(String method, String pathAndQuery, String jsonBody, Credentials credentials) {
        return send(method, apiRoot() + pathAndQuery, jsonBody, credentials);
    }

    /** A call below the REST API root ({@code /wp/v2/plugins}). */
    public Exchange rest(String method, String pathAndQuery, Credentials credentials) {
        return send(method, restRoot + pathAndQuery, null, credentials);
    }

    private Exchange send(String method, String url, String jsonBody, Credentials credentials) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Accept", "application/json")
                .header("User-Agent", "fluentcrm-verify-live");
        if (credentials != null) {
            request.header("Authorization", credentials.header());
        }
        if (jsonBody != null) {
            request.header("Content-Type", "application/json");
            request.method(method, HttpRequest.BodyPublishers.ofString(jsonBody));
        } else {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        }
        try {
            HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Exchange(method, url, response.statusCode(), response.body());
        } catch (HttpConnectTimeoutException e) {
            throw new SiteUnreachableException(method + " " + url + ": no connection within 10 seconds");
        } catch (HttpTimeoutException e) {
            throw new SiteUnreachableException(method + " " + url + ": no answer within " + timeout.toSeconds() + " s");
        } catch (ConnectException e) {
            throw new SiteUnreachableException(method + " " + url + ": connection refused (is the site running?)");
        } catch (IOException e) {
            throw new SiteUnreachableException(method + " " + url + ": " + e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new SiteUnreachableException(method + " " + url + ": interrupted");
        }
    }

    /** The site could not be reached at all; the message is one line naming the URL. */
    public static final class SiteUnreachableException extends RuntimeException {
        private static final long serialVersionUID = 1L;

        SiteUnreachableException(String message) {
            super(message);
        }
    }
}
