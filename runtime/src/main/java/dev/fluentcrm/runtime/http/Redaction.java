package dev.fluentcrm.runtime.http;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * What the SDK shows of a URL or a header in messages and logs. The Application Password only
 * ever travels in the {@code Authorization} header, which is never shown; a URL keeps its query
 * (it says which call failed) except the values of parameters whose names look secret, such
 * as {@code password}, {@code token}, {@code api_key}, {@code secret} or {@code _wpnonce}.
 */
public final class Redaction {
    /** What a hidden value is replaced with. */
    public static final String HIDDEN = "****";

    /** Parts of a name that mark it secret ({@code _wpnonce}, {@code access_token}, {@code api-key}, ...). */
    private static final Pattern SECRET_PART = Pattern.compile(
            "password|passwd|pwd|secret|token|apikey|api_key|access_key|private_key|signature|nonce|session|cookie"
                    + "|credential");
    /** Whole names that are secret on their own. */
    private static final Set<String> SECRET_NAMES = Set.of("key", "pass", "auth", "sig", "hash", "code");

    private Redaction() {}

    /** Whether a query parameter or header of this name carries something secret. */
    public static boolean isSecretName(String name) {
        String plain = name.replace("[]", "").strip().toLowerCase(Locale.ROOT).replace('-', '_');
        return SECRET_NAMES.contains(plain) || SECRET_PART.matcher(plain).find();
    }

    /** Whether a header of this name is hidden in logs: credentials, cookies and anything named like a secret. */
    public static boolean isSecretHeader(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.equals("authorization")
                || lower.equals("proxy-authorization")
                || lower.equals("cookie")
                || lower.equals("set-cookie")
                || isSecretName(lower);
    }

    /** The URL as it may be shown: no user info, and the values of secret-looking query parameters hidden. */
    public static String url(URI uri) {
        String text = uri.toString();
        String userInfo = uri.getRawUserInfo();
        if (userInfo != null) {
            text = text.replace(userInfo + "@", HIDDEN + "@");
        }
        String query = uri.getRawQuery();
        if (query == null || query.isEmpty()) {
            return text;
        }
        StringBuilder shown = new StringBuilder();
        for (String pair : query.split("&", -1)) {
            if (shown.length() > 0) {
                shown.append('&');
            }
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            shown.append(eq >= 0 && isSecretName(name) ? pair.substring(0, eq + 1) + HIDDEN : pair);
        }
        int at = text.indexOf('?');
        int fragment = text.indexOf('#', at);
        return text.substring(0, at + 1) + shown + (fragment < 0 ? "" : text.substring(fragment));
    }

    /** Headers as they may be shown: names in order, the values of {@link #isSecretHeader secret headers} hidden. */
    public static Map<String, List<String>> headers(Map<String, List<String>> headers) {
        Map<String, List<String>> shown = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        headers.forEach((name, values) -> shown.put(
                name, isSecretHeader(name) ? values.stream().map(v -> HIDDEN).toList() : List.copyOf(values)));
        return Collections.unmodifiableMap(shown);
    }

    /** Single-valued headers as they may be shown. */
    static Map<String, String> headerValues(Map<String, String> headers) {
        Map<String, String> shown = new LinkedHashMap<>();
        headers.forEach((name, value) -> shown.put(name, isSecretHeader(name) ? HIDDEN : value));
        return shown;
    }
}
