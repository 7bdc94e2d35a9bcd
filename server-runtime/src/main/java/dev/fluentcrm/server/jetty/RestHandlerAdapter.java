package dev.fluentcrm.server.jetty;

import dev.fluentcrm.server.http.RestHandler;
import dev.fluentcrm.server.http.ServerRequest;
import dev.fluentcrm.server.http.ServerResponse;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpURI;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * Mounts a {@link RestHandler} on Jetty. The body is read without holding a thread: each chunk
 * is taken when it arrives, so a client trickling its body costs a connection, not a worker. A
 * body over the limit is answered 413 at once and the rest is read and dropped (up to a bound),
 * so the client gets to read the answer instead of a reset connection.
 */
public final class RestHandlerAdapter extends Handler.Abstract {
    private final RestHandler handler;
    private final int maxBodyBytes;
    private final long drainLimit;

    public RestHandlerAdapter(RestHandler handler, int maxBodyBytes) {
        this.handler = handler;
        this.maxBodyBytes = maxBodyBytes;
        this.drainLimit = Math.max(16L * maxBodyBytes, 8L * 1024 * 1024);
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        new Exchange(request, response, callback).start();
        return true;
    }

    /** One request: its body as it arrives, then the handler's answer. */
    private final class Exchange {
        private final Request request;
        private final Response response;
        private final Callback callback;
        private final ByteArrayOutputStream body = new ByteArrayOutputStream();
        private final AtomicBoolean completed = new AtomicBoolean();
        /** Set when the body is over the limit: the 413 and the drain both end before the exchange does. */
        private final AtomicInteger pendingParts = new AtomicInteger(2);

        private long received;
        private boolean tooLarge;

        Exchange(Request request, Response response, Callback callback) {
            this.request = request;
            this.response = response;
            this.callback = callback;
        }

        void start() {
            if (request.getLength() > maxBodyBytes) {
                refuseTooLarge();
            }
            read();
        }

        private void read() {
            while (true) {
                Content.Chunk chunk = request.read();
                if (chunk == null) {
                    request.demand(this::read);
                    return;
                }
                if (Content.Chunk.isFailure(chunk)) {
                    failed(chunk.getFailure());
                    return;
                }
                ByteBuffer bytes = chunk.getByteBuffer();
                received += bytes.remaining();
                if (!tooLarge && received > maxBodyBytes) {
                    refuseTooLarge();
                }
                if (!tooLarge) {
                    byte[] copy = new byte[bytes.remaining()];
                    bytes.get(copy);
                    body.write(copy, 0, copy.length);
                }
                boolean last = chunk.isLast();
                chunk.release();
                if (last || (tooLarge && received > drainLimit)) {
                    if (tooLarge) {
                        partDone();
                    } else {
                        answer();
                    }
                    return;
                }
            }
        }

        private void refuseTooLarge() {
            tooLarge = true;
            body.reset();
            byte[] json = WordPressErrors.body(
                    413, "rest_request_too_large", "The request body is larger than " + maxBodyBytes + " bytes.");
            write(ServerResponse.json(413, json), Callback.from(this::partDone, this::fail));
        }

        private void partDone() {
            if (pendingParts.decrementAndGet() == 0) {
                succeed();
            }
        }

        private void answer() {
            ServerResponse answer;
            try {
                answer = handler.handle(toServerRequest());
            } catch (RuntimeException e) {
                answer = ServerResponse.json(
                        500, WordPressErrors.body(500, "internal_server_error", "The handler failed."));
            }
            write(answer, Callback.from(this::succeed, this::fail));
        }

        private ServerRequest toServerRequest() {
            HttpURI uri = request.getHttpURI();
            Map<String, List<String>> headers = new LinkedHashMap<>();
            for (HttpField field : request.getHeaders()) {
                headers.computeIfAbsent(field.getName(), name -> new ArrayList<>())
                        .add(field.getValue());
            }
            return new ServerRequest(request.getMethod(), uri.getPath(), uri.getQuery(), headers, body.toByteArray());
        }

        private void write(ServerResponse answer, Callback done) {
            response.setStatus(answer.status());
            answer.headers().forEach((name, value) -> response.getHeaders().put(name, value));
            // HEAD, 204 and 304 answers have no body in HTTP, whatever the handler wrote.
            boolean noBody = request.getMethod().equalsIgnoreCase("HEAD")
                    || answer.status() == 204
                    || answer.status() == 304
                    || answer.body().length == 0;
            if (noBody) {
                if (answer.status() != 204 && answer.status() != 304) {
                    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, 0L);
                }
                response.write(true, null, done);
            } else {
                response.getHeaders().put(HttpHeader.CONTENT_LENGTH, answer.body().length);
                response.write(true, ByteBuffer.wrap(answer.body()), done);
            }
        }

        /** A read that failed: a timeout still gets its JSON answer when nothing was sent yet. */
        private void failed(Throwable failure) {
            if (failure instanceof TimeoutException && !response.isCommitted() && !tooLarge) {
                write(
                        ServerResponse.json(
                                408, WordPressErrors.body(408, "rest_request_timeout", WordPressErrors.message(408))),
                        Callback.from(this::succeed, this::fail));
            } else {
                fail(failure);
            }
        }

        private void succeed() {
            if (completed.compareAndSet(false, true)) {
                callback.succeeded();
            }
        }

        private void fail(Throwable failure) {
            if (completed.compareAndSet(false, true)) {
                callback.failed(failure);
            }
        }
    }
}
