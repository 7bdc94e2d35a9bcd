package dev.fluentcrm.runtime.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A WordPress user name and one of its Application Passwords. The password never leaves this
 * class except as the {@code Authorization} header value, and {@link #toString()} hides it.
 */
public final class Credentials {
    private final String user;
    private final String password;
    /** Computed once: every request carries it. */
    private final String authorizationHeader;

    private Credentials(String user, String password) {
        this.user = Objects.requireNonNull(user, "user");
        this.password = Objects.requireNonNull(password, "password");
        if (user.isBlank()) {
            throw new IllegalArgumentException("The WordPress user name is empty");
        }
        this.authorizationHeader =
                "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Credentials for HTTP Basic authentication. WordPress shows Application Passwords in
     * groups of four characters; the spaces may be kept or removed.
     */
    public static Credentials applicationPassword(String user, String password) {
        return new Credentials(user, password);
    }

    public String user() {
        return user;
    }

    /** The value of the {@code Authorization} header. */
    String authorizationHeader() {
        return authorizationHeader;
    }

    /**
     * {@code text} with the password (as given and without its spaces) and the header token
     * replaced by {@code ****}: a server may echo them back in an error page.
     */
    String redact(String text) {
        if (text == null) {
            return null;
        }
        String token = authorizationHeader().substring("Basic ".length());
        String redacted = text.replace(token, "****");
        if (password.strip().length() >= 4) {
            redacted = redacted.replace(password, "****").replace(password.replace(" ", ""), "****");
        }
        return redacted;
    }

    @Override
    public String toString() {
        return "Credentials[user=" + user + ", password=****]";
    }
}
