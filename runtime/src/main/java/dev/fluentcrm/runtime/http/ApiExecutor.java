package dev.fluentcrm.runtime.http;

import com.fasterxml.jackson.core.JsonPointer;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import dev.fluentcrm.runtime.error.ApiConnectionException;
import dev.fluentcrm.runtime.error.ErrorMapper;
import dev.fluentcrm.runtime.error.ErrorResponse;
import dev.fluentcrm.runtime.error.FluentCrmException;
import dev.fluentcrm.runtime.error.UnexpectedResponseException;
import dev.fluentcrm.runtime.json.JsonParts;
import dev.fluentcrm.runtime.json.PhpJson;
import dev.fluentcrm.runtime.page.Page;
import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * Sends {@link ApiRequest}s: builds the URL and body, authenticates, retries what is safe to
 * retry, and decodes the answer or raises the matching {@link FluentCrmException}. Generated
 * module classes hold one and stay free of HTTP details. Thread-safe.
 */
public final class ApiExecutor {
    private final ClientOptions options;
    private final ObjectMapper mapper;
    private final ErrorMapper errors;
    /** One reader per result type, made on first use: making one looks up its deserializer. */
    private final Map<JavaType, ObjectReader> readers;
    /** The per-call options of this view (none for the client's own executor). */
    private final RequestOptions requestOptions;

    private final Duration timeout;
    private final RetryPolicy retryPolicy;
    private final HttpListener listener;

    public ApiExecutor(ClientOptions options) {
        this(options, PhpJson.newMapper());
    }

    public ApiExecutor(ClientOptions options, ObjectMapper mapper) {
        this(options, mapper, new ErrorMapper(mapper), new ConcurrentHashMap<>(), RequestOptions.none());
    }

    private ApiExecutor(
            ClientOptions options,
            ObjectMapper mapper,
            ErrorMapper errors,
            Map<JavaType, ObjectReader> readers,
            RequestOptions requestOptions) {
        this.options = options;
        this.mapper = mapper;
        this.errors = errors;
        this.readers = readers;
        this.requestOptions = requestOptions;
        this.timeout = requestOptions.timeout().orElse(options.requestTimeout());
        this.retryPolicy = requestOptions.retryPolicy().orElse(options.retryPolicy());
        this.listener = options.httpListener();
    }

    public ObjectMapper mapper() {
        return mapper;
    }

    /**
     * An executor that sends every call with {@code options} on top of this one's (its timeout and
     * retry policy when set, its headers added); this executor is left as it is. Cheap: the HTTP
     * client, the JSON mapper and its readers are shared. Generated modules and the client build
     * their {@code withOptions(...)} views on it.
     */
    public ApiExecutor withOptions(RequestOptions options) {
        return new ApiExecutor(this.options, mapper, errors, readers, requestOptions.merge(options));
    }

    /** The per-call options this executor applies; {@link RequestOptions#none()} for a client's own. */
    public RequestOptions requestOptions() {
        return requestOptions;
    }

    /** Sends the request and decodes the body as {@code type}. */
    public <T> ApiResponse<T> execute(ApiRequest request, Class<T> type) {
        return execute(request, mapper.constructType(type), JsonPointer.empty());
    }

    /** Sends the request and decodes the body as the generic {@code type}. */
    public <T> ApiResponse<T> execute(ApiRequest request, TypeReference<T> type) {
        return execute(request, mapper.constructType(type), JsonPointer.empty());
    }

    /** Sends the request and decodes the part of the body at {@code pointer}, such as an envelope's {@code /subscribers}. */
    public <T> ApiResponse<T> execute(ApiRequest request, TypeReference<T> type, String pointer) {
        return execute(request, mapper.constructType(type), JsonPointer.compile(pointer));
    }

    /** Sends a request whose answer carries nothing the caller needs. */
    public ApiResponse<Void> execute(ApiRequest request) {
        return execute(request, mapper.constructType(JsonNode.class), JsonPointer.empty())
                .withValue(null);
    }

    /**
     * The asynchronous forms take the request as a supplier too, so that an invalid argument
     * (a missing path parameter, say) fails the returned future rather than the caller's thread.
     */
    public <T> CompletableFuture<ApiResponse<T>> executeAsync(Supplier<ApiRequest> request, Class<T> type) {
        return supply(request).thenCompose(r -> executeAsync(r, type));
    }

    public <T> CompletableFuture<ApiResponse<T>> executeAsync(Supplier<ApiRequest> request, TypeReference<T> type) {
        return supply(request).thenCompose(r -> executeAsync(r, type));
    }

    public <T> CompletableFuture<ApiResponse<T>> executeAsync(
            Supplier<ApiRequest> request, TypeReference<T> type, String pointer) {
        return supply(request).thenCompose(r -> executeAsync(r, type, pointer));
    }

    public CompletableFuture<ApiResponse<Void>> executeAsync(Supplier<ApiRequest> request) {
        return supply(request).thenCompose(this::executeAsync);
    }

    /**
     * The value of {@link #executeAsync(Supplier, Class)}, without the response around it: what a
     * generated module's asynchronous form returns. A name of its own, not more overloads of
     * {@code executeAsync}, so that javac resolves each of the hundreds of generated calls against
     * three methods instead of eight, and infers no {@code thenApply} after it.
     */
    public <T> CompletableFuture<T> valueAsync(Supplier<ApiRequest> request, Class<T> type) {
        return executeAsync(request, type).thenApply(ApiResponse::value);
    }

    /** {@link #valueAsync(Supplier, Class)} for a generic value, such as a list of records. */
    public <T> CompletableFuture<T> valueAsync(Supplier<ApiRequest> request, TypeReference<T> type) {
        return executeAsync(request, type).thenApply(ApiResponse::value);
    }

    /** {@link #valueAsync(Supplier, Class)} for a request whose answer carries nothing the caller needs. */
    public CompletableFuture<Void> valueAsync(Supplier<ApiRequest> request) {
        return executeAsync(request).thenApply(ApiResponse::value);
    }

    private static CompletableFuture<ApiRequest> supply(Supplier<ApiRequest> request) {
        try {
            return CompletableFuture.completedFuture(request.get());
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
    }

    public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, Class<T> type) {
        return executeAsync(request, mapper.constructType(type), JsonPointer.empty());
    }

    public <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, TypeReference<T> type) {
        return executeAsync(request, mapper.constructType(type), JsonPointer.empty());
    }

    public <T> CompletableFuture<ApiResponse<T>> executeAsync(
            ApiRequest request, TypeReference<T> type, String pointer) {
        return executeAsync(request, mapper.constructType(type), JsonPointer.compile(pointer));
    }

    public CompletableFuture<ApiResponse<Void>> executeAsync(ApiRequest request) {
        return this.<JsonNode>executeAsync(request, mapper.constructType(JsonNode.class), JsonPointer.empty())
                .thenApply(r -> r.withValue(null));
    }

    /** Sends the request and decodes the part of the body at {@code pointer} (an envelope's key). */
    <T> ApiResponse<T> execute(ApiRequest request, JavaType type, JsonPointer pointer) {
        HttpRequest http = toHttp(request);
        for (int attempt = 1; ; attempt++) {
            HttpResponse<String> response;
            HttpListener.Request seen = beforeSending(request, http, attempt);
            long started = System.nanoTime();
            try {
                response = send(http);
                afterAnswer(seen, response, started);
            } catch (IOException e) {
                ApiConnectionException failure = connectionFailure(http, e);
                afterFailure(seen, failure);
                if (!retryPolicy.mayRetry(request.method(), attempt)) {
                    throw failure;
                }
                sleep(retryPolicy.delayBeforeRetry(attempt, null), failure);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                String call = describe(http);
                ApiConnectionException failure = new ApiConnectionException(call, call + " was interrupted", false, e);
                afterFailure(seen, failure);
                throw failure;
            }
            if (shouldRetry(request, response, attempt)) {
                sleep(retryPolicy.delayBeforeRetry(attempt, RetryAfter.parse(response.headers())), null);
                continue;
            }
            return handle(http, response, type, pointer);
        }
    }

    /** The asynchronous form of {@link #execute(ApiRequest, JavaType, JsonPointer)}; retries without blocking a thread. */
    <T> CompletableFuture<ApiResponse<T>> executeAsync(ApiRequest request, JavaType type, JsonPointer pointer) {
        HttpRequest http;
        try {
            http = toHttp(request);
        } catch (RuntimeException e) {
            return CompletableFuture.failedFuture(e);
        }
        return attemptAsync(request, http, type, pointer, 1);
    }

    private <T> CompletableFuture<ApiResponse<T>> attemptAsync(
            ApiRequest request, HttpRequest http, JavaType type, JsonPointer pointer, int attempt) {
        HttpListener.Request seen = beforeSending(request, http, attempt);
        long started = System.nanoTime();
        CompletableFuture<HttpResponse<String>> exchange =
                options.httpClient().sendAsync(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return withDeadline(exchange)
                .handle((response, failure) -> {
                    if (failure != null) {
                        Throwable cause = failure instanceof CompletionException && failure.getCause() != null
                                ? failure.getCause()
                                : failure;
                        ApiConnectionException error = cause instanceof IOException io
                                ? connectionFailure(http, io)
                                : new ApiConnectionException(
                                        describe(http), describe(http) + " failed: " + cause, false, cause);
                        afterFailure(seen, error);
                        if (!retryPolicy.mayRetry(request.method(), attempt)) {
                            return CompletableFuture.<ApiResponse<T>>failedFuture(error);
                        }
                        return later(
                                retryPolicy.delayBeforeRetry(attempt, null).toMillis(),
                                () -> this.<T>attemptAsync(request, http, type, pointer, attempt + 1));
                    }
                    afterAnswer(seen, response, started);
                    if (shouldRetry(request, response, attempt)) {
                        long delay = retryPolicy
                                .delayBeforeRetry(attempt, RetryAfter.parse(response.headers()))
                                .toMillis();
                        return later(delay, () -> this.<T>attemptAsync(request, http, type, pointer, attempt + 1));
                    }
                    try {
                        return CompletableFuture.completedFuture(this.<T>handle(http, response, type, pointer));
                    } catch (FluentCrmException e) {
                        return CompletableFuture.<ApiResponse<T>>failedFuture(e);
                    }
                })
                .thenCompose(future -> future);
    }

    private static <T> CompletableFuture<T> later(long millis, Supplier<CompletableFuture<T>> next) {
        return CompletableFuture.supplyAsync(
                        () -> null, CompletableFuture.delayedExecutor(millis, TimeUnit.MILLISECONDS))
                .thenCompose(ignored -> next.get());
    }

    private boolean shouldRetry(ApiRequest request, HttpResponse<String> response, int attempt) {
        return RetryPolicy.isRetryableStatus(response.statusCode()) && retryPolicy.mayRetry(request.method(), attempt);
    }

    /** Tells the listener about an attempt; returns what it was told (null without a listener). */
    private HttpListener.Request beforeSending(ApiRequest request, HttpRequest http, int attempt) {
        if (listener == null) {
            return null;
        }
        String call = describe(http);
        HttpListener.Request seen = new HttpListener.Request(
                http.method(),
                call.substring(http.method().length() + 1),
                Redaction.headers(http.headers().map()),
                redact(bodyText(request)),
                attempt);
        notify(() -> listener.onRequest(seen));
        return seen;
    }

    private void afterAnswer(HttpListener.Request seen, HttpResponse<String> response, long startedNanos) {
        if (seen != null) {
            HttpListener.Response answer = new HttpListener.Response(
                    seen,
                    response.statusCode(),
                    Redaction.headers(response.headers().map()),
                    redact(response.body()),
                    Duration.ofNanos(System.nanoTime() - startedNanos));
            notify(() -> listener.onResponse(answer));
        }
    }

    private void afterFailure(HttpListener.Request seen, FluentCrmException failure) {
        if (seen != null) {
            notify(() -> listener.onFailure(seen, failure));
        }
    }

    /** A listener's exception goes where an uncaught one would, and the call goes on. */
    private static void notify(Runnable event) {
        try {
            event.run();
        } catch (RuntimeException e) {
            Thread thread = Thread.currentThread();
            thread.getUncaughtExceptionHandler().uncaughtException(thread, e);
        }
    }

    /** The request body as the listener sees it: JSON or form text, a multipart body summarised. */
    private String bodyText(ApiRequest request) {
        if (request.isMultipart()) {
            return "[multipart: " + request.formFields().size() + " fields, files "
                    + request.files().keySet() + "]";
        }
        if (request.isForm()) {
            return new String(FormBody.urlEncoded(request.formFields()), StandardCharsets.UTF_8);
        }
        if (request.body() == null) {
            return null;
        }
        try {
            return mapper.writeValueAsString(request.body());
        } catch (JsonProcessingException e) {
            return null;
        }
    }

    /**
     * The call as messages show it: the method and the full URL, query included, with the values of
     * secret-looking query parameters hidden (the password itself only ever travels in a header).
     * Made only when a message or the listener needs it, not on every call.
     */
    private String describe(HttpRequest http) {
        return http.method() + " " + redact(Redaction.url(http.uri()));
    }

    private <T> ApiResponse<T> handle(
            HttpRequest http, HttpResponse<String> response, JavaType type, JsonPointer pointer) {
        int status = response.statusCode();
        String body = response.body();
        if (status < 200 || status >= 300) {
            throw errors.map(describe(http), status, response.headers(), redact(body));
        }
        try {
            ObjectReader reader = readers.computeIfAbsent(type, mapper::readerFor);
            if (type.getRawClass() == Page.class && !pointer.matches()) {
                // A page in an envelope: what the envelope holds beside it goes with the page.
                Map<String, JsonNode> siblings = new LinkedHashMap<>();
                Page<?> page = JsonParts.read(reader, body, pointer, siblings);
                @SuppressWarnings("unchecked")
                T value = (T) (page == null ? null : page.withEnvelope(siblings, mapper));
                return new ApiResponse<>(status, response.headers(), body, value);
            }
            return new ApiResponse<>(status, response.headers(), body, JsonParts.read(reader, body, pointer));
        } catch (IOException e) {
            String why = redact(e instanceof JsonProcessingException json ? json.getOriginalMessage() : e.getMessage());
            String where = e instanceof JsonMappingException mapping ? " at " + mapping.getPathReference() : "";
            String call = describe(http);
            throw new UnexpectedResponseException(
                    call + " answered " + status + " with a body that is not " + type.toCanonical() + where + ": "
                            + why,
                    new ErrorResponse(call, status, null, null, response.headers(), redact(body)),
                    e);
        }
    }

    /**
     * The request timeout covers the whole answer, body included: the HttpClient's own timeout
     * stops at the headers, and PHP that stalls halfway through its output would hang the call.
     * {@link Deadlines} interrupts the blocked call at the deadline (send cancels the exchange
     * when interrupted); sending on this thread avoids the thread hop of sendAsync on every call.
     */
    private HttpResponse<String> send(HttpRequest http) throws IOException, InterruptedException {
        Thread caller = Thread.currentThread();
        Deadlines.Call deadline = Deadlines.start(timeout, caller::interrupt);
        try {
            return options.httpClient().send(http, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            if (deadline.expired()) {
                throw bodyTimeout();
            }
            throw e;
        } finally {
            if (!deadline.end()) {
                deadline.awaitExpiry();
                // The interrupt was the deadline's, not the caller's: do not leave it set.
                Thread.interrupted();
            }
        }
    }

    private CompletableFuture<HttpResponse<String>> withDeadline(CompletableFuture<HttpResponse<String>> exchange) {
        CompletableFuture<HttpResponse<String>> result = new CompletableFuture<>();
        Deadlines.Call deadline = Deadlines.start(timeout, () -> {
            if (result.completeExceptionally(bodyTimeout())) {
                exchange.cancel(true);
            }
        });
        exchange.whenComplete((response, failure) -> {
            // No awaitExpiry: cancelling the exchange on expiry may run this on the watcher itself.
            deadline.end();
            if (failure == null) {
                result.complete(response);
            } else {
                result.completeExceptionally(failure);
            }
        });
        return result;
    }

    private HttpTimeoutException bodyTimeout() {
        return new HttpTimeoutException("no complete answer within " + timeout.toMillis() + " ms");
    }

    private String redact(String text) {
        return options.credentials() == null ? text : options.credentials().redact(text);
    }

    private HttpRequest toHttp(ApiRequest request) {
        // No HttpRequest.timeout: the deadline of send/withDeadline covers the whole answer, and
        // the client's own timer would cost a wake-up of its selector thread on every call.
        HttpRequest.Builder http = HttpRequest.newBuilder(uri(request))
                .header("Accept", "application/json")
                .header("User-Agent", options.userAgent());
        // Later ones win on the same name: the client's defaults, the operation's own header
        // parameters, this call's options, and the credentials last of all.
        options.defaultHeaders().forEach(http::setHeader);
        request.headers().forEach(http::setHeader);
        requestOptions.headers().forEach(http::setHeader);
        if (options.credentials() != null) {
            http.setHeader("Authorization", options.credentials().authorizationHeader());
        }
        if (request.isMultipart()) {
            String boundary = "fluentcrm-" + UUID.randomUUID();
            http.header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .method(
                            request.method(),
                            HttpRequest.BodyPublishers.ofByteArray(
                                    FormBody.multipart(boundary, request.formFields(), request.files())));
        } else if (request.isForm()) {
            http.header("Content-Type", "application/x-www-form-urlencoded")
                    .method(
                            request.method(),
                            HttpRequest.BodyPublishers.ofByteArray(FormBody.urlEncoded(request.formFields())));
        } else if (request.body() != null) {
            byte[] json;
            try {
                json = mapper.writeValueAsBytes(request.body());
            } catch (JsonProcessingException e) {
                throw new IllegalArgumentException(
                        "The body of " + request + " cannot be written as JSON: " + e.getOriginalMessage(), e);
            }
            http.header("Content-Type", "application/json; charset=utf-8")
                    .method(request.method(), HttpRequest.BodyPublishers.ofByteArray(json));
        } else {
            http.method(request.method(), HttpRequest.BodyPublishers.noBody());
        }
        return http.build();
    }

    private URI uri(ApiRequest request) {
        StringBuilder path = new StringBuilder();
        String template = request.pathTemplate();
        int i = 0;
        while (i < template.length()) {
            int open = template.indexOf('{', i);
            if (open < 0) {
                path.append(template, i, template.length());
                break;
            }
            int close = template.indexOf('}', open);
            String name = template.substring(open + 1, close);
            String value = request.pathParams().get(name);
            if (value == null) {
                throw new IllegalArgumentException("The path parameter '" + name + "' of " + request + " is required");
            }
            path.append(template, i, open).append(QueryValues.encodePathSegment(value));
            i = close + 1;
        }
        String root = options.apiRoot().toString();
        String query = QueryValues.encode(request.query());
        String separator = root.contains("?") ? "&" : "?";
        return URI.create(root + path + (query.isEmpty() ? "" : separator + query));
    }

    /**
     * No answer: the message names the call, and, when no connection could be made, the host and
     * port it tried (the port the scheme implies when the URL names none).
     */
    private ApiConnectionException connectionFailure(HttpRequest http, IOException e) {
        String call = describe(http);
        URI uri = http.uri();
        boolean timeout = e instanceof HttpTimeoutException;
        String detail = e.getMessage() == null ? "" : redact(e.getMessage());
        String what;
        if (e instanceof HttpConnectTimeoutException) {
            what = "timed out connecting to " + hostAndPort(uri);
        } else if (timeout) {
            what = "timed out" + (detail.isEmpty() ? "" : ": " + detail);
        } else if (e instanceof ConnectException) {
            Throwable cause = e.getCause();
            String why = !detail.isEmpty()
                    ? detail
                    : cause != null ? cause.getClass().getSimpleName() : "connection refused";
            what = "failed: could not connect to " + hostAndPort(uri) + " (" + why + ")";
        } else {
            what = "failed: " + e.getClass().getSimpleName() + (detail.isEmpty() ? "" : " " + detail);
        }
        return new ApiConnectionException(call, call + " " + what, timeout, e);
    }

    private static String hostAndPort(URI uri) {
        int port = uri.getPort() >= 0 ? uri.getPort() : "https".equalsIgnoreCase(uri.getScheme()) ? 443 : 80;
        return uri.getHost() + ":" + port;
    }

    private static void sleep(Duration delay, FluentCrmException failure) {
        try {
            Thread.sleep(delay.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (failure != null) {
                throw failure;
            }
            throw new ApiConnectionException("Interrupted while waiting to retry", false, e);
        }
    }
}
