package dev.fluentcrm.server.jetty;

import java.nio.ByteBuffer;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.eclipse.jetty.util.Callback;

/**
 * Jetty's own answers (a request line or header it cannot parse, headers too large, a URI it
 * refuses) as WordPress-style JSON instead of Jetty's HTML page. The engine's reason text is
 * dropped: it may quote the request back.
 */
public final class JsonErrorHandler extends ErrorHandler {
    static final String JSON = "application/json; charset=UTF-8";

    @Override
    public boolean handle(Request request, Response response, Callback callback) {
        Object attribute = request.getAttribute(ERROR_STATUS);
        int status = attribute instanceof Integer given ? given : response.getStatus();
        if (status < 400) {
            status = HttpStatus.INTERNAL_SERVER_ERROR_500;
        }
        response.setStatus(status);
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, JSON);
        response.getHeaders().put(HttpHeader.CACHE_CONTROL, "no-store");
        // Jetty closes the connection after an error it found itself; saying so lets a client
        // open a new one instead of sending its next request into a closed socket.
        response.getHeaders().put(HttpHeader.CONNECTION, "close");
        response.write(
                true,
                ByteBuffer.wrap(
                        WordPressErrors.body(status, WordPressErrors.code(status), WordPressErrors.message(status))),
                callback);
        return true;
    }
}
