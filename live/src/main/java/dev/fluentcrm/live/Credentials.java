package dev.fluentcrm.live;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * A WordPress user and one of its Application Passwords. {@link #toString()} never shows the
 * password: it travels only in the {@code Authorization} header.
 */
public record Credentials(String user, String password) {
    public Credentials {
        if (user == null || user.isBlank()) {
            throw new IllegalArgumentException("the user name is empty");
        }
        if (password == null || password.isEmpty()) {
            throw new IllegalArgumentException("the application password of " + user + " is empty");
        }
    }

    /** The value of the {@code Authorization} header. */
    String header() {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    /** The same user with another password, for the 401 check. */
    Credentials withWrongPassword() {
        // Nothing of the real password: a fixed string of the same form that no site issues.
        return new Credentials(user, "zzzz zzzz zzzz zzzz zzzz zzzz");
    }

    @Override
    public String toString() {
        return user + ":****";
    }
}
