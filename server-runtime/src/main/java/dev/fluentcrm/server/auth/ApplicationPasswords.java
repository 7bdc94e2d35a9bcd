package dev.fluentcrm.server.auth;

import dev.fluentcrm.server.error.ApiError;
import dev.fluentcrm.server.http.ServerRequest;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTTP Basic with WordPress Application Passwords, answering what WordPress answers: no
 * credentials -> 401 {@code rest_forbidden}; an unknown user -> 401 {@code invalid_username};
 * a wrong password -> 401 {@code incorrect_password}. Spaces in passwords are ignored, as
 * WordPress shows them in groups of four but does not store them.
 */
public final class ApplicationPasswords implements Authenticator {
    private final Map<String, String> passwords = new ConcurrentHashMap<>();

    /** Accepts {@code user} with {@code password}; add more with {@link #add}. */
    public static ApplicationPasswords of(String user, String password) {
        return new ApplicationPasswords().add(user, password);
    }

    public ApplicationPasswords add(String user, String password) {
        passwords.put(user, normalise(password));
        return this;
    }

    @Override
    public String authenticate(ServerRequest request) {
        String header = request.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Basic ", 0, 6)) {
            throw ApiError.wordpress(401, "rest_forbidden", "Sorry, you are not allowed to do that.");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(header.substring(6).strip()), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiError.wordpress(401, "rest_forbidden", "The Authorization header is not valid Basic credentials.");
        }
        int colon = decoded.indexOf(':');
        String user = colon < 0 ? decoded : decoded.substring(0, colon);
        String password = colon < 0 ? "" : decoded.substring(colon + 1);
        String expected = passwords.get(user);
        if (expected == null) {
            throw ApiError.wordpress(
                    401, "invalid_username", "Unknown username. Check again or try your email address.");
        }
        // Constant-time, so a test server does not teach bad habits.
        if (!MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.UTF_8), normalise(password).getBytes(StandardCharsets.UTF_8))) {
            throw ApiError.wordpress(
                    401, "incorrect_password", "The provided password is an invalid application password.");
        }
        return user;
    }

    private static String normalise(String password) {
        return password.replace(" ", "");
    }
}
