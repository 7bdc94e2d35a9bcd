package dev.fluentcrm.runtime.error;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.http.HttpHeaders;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns an error answer into the right exception. It reads every error shape FluentCRM and
 * WordPress send: {@code {code, message, data: {status}}}, the 422 field map
 * {@code {field: {rule: message}}}, {@code {message}}, and HTML error pages.
 */
public final class ErrorMapper {
    private static final Pattern HTML_BLOCK =
            Pattern.compile("<(h1|p)(?:\\s[^>]*)?>(.*?)</\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_TITLE =
            Pattern.compile("<title(?:\\s[^>]*)?>(.*?)</title>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_HIDDEN =
            Pattern.compile("<(head|style|script)(?:\\s[^>]*)?>.*?</\\1>", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern HTML_MARKUP = Pattern.compile(
            "</?(p|a|br|b|strong|em|i|code|div|span|h[1-6]|ul|ol|li)(?:\\s[^>]*)?/?>", Pattern.CASE_INSENSITIVE);
    private static final Pattern HTML_ENTITY = Pattern.compile("&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);");
    private static final Map<String, String> NAMED_ENTITIES = Map.of(
            "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ", "rsaquo", "\u203A", "lsaquo",
            "\u2039", "hellip", "\u2026", "ndash", "\u2013");
    private static final int MAX_MESSAGE = 300;

    private final ObjectMapper mapper;

    public ErrorMapper(ObjectMapper mapper) {
        this.mapper = mapper;
    }

    public FluentCrmException map(String call, int status, HttpHeaders headers, String body) {
        JsonNode json = parse(body);
        String code =
                json != null && json.path("code").isTextual() ? json.get("code").asText() : null;
        String message = message(json, body);
        ErrorResponse response = new ErrorResponse(call, status, code, message, headers, body);
        if (status == 422) {
            return new ValidationException(response, fieldErrors(json));
        }
        if (status >= 300
                && status < 400
                && headers.firstValue("location")
                        .filter(l -> l.contains("wp-login.php"))
                        .isPresent()) {
            // WordPress sends the browser to its login page when it does not accept the caller.
            return new UnauthorizedException(
                    new ErrorResponse(call, status, code, "redirected to the WordPress login page", headers, body));
        }
        switch (status) {
            case 400:
                return new BadRequestException(response);
            case 401:
                return new UnauthorizedException(response);
            case 403:
                return new ForbiddenException(response);
            case 404:
                return new NotFoundException(response);
            case 429:
                return new RateLimitedException(response);
            default:
                return status >= 500 && status < 600
                        ? new ServerException(response)
                        : new UnexpectedResponseException(response);
        }
    }

    private JsonNode parse(String body) {
        String trimmed = body == null ? "" : body.strip();
        if (!trimmed.startsWith("{") && !trimmed.startsWith("[")) {
            return null;
        }
        try {
            return mapper.readTree(trimmed);
        } catch (IOException e) {
            return null;
        }
    }

    private static String message(JsonNode json, String body) {
        if (json != null) {
            if (json.path("message").isTextual()) {
                return readable(json.get("message").asText());
            }
            if (json.path("error").isTextual()) {
                return readable(json.get("error").asText());
            }
            // A bare 422 field map: its first message says what went wrong.
            for (JsonNode rules : json) {
                if (rules.isObject()) {
                    for (JsonNode text : rules) {
                        if (text.isTextual()) {
                            return text.asText();
                        }
                    }
                }
            }
            return null;
        }
        return htmlText(body);
    }

    /**
     * A JSON message as plain text: wp_die() answers a JSON client with its HTML message as is,
     * such as {@code <p>There has been a critical error on this website.</p>}.
     */
    private static String readable(String message) {
        return HTML_MARKUP.matcher(message).find() ? plainText(message) : message;
    }

    /**
     * The first heading or paragraph of an HTML page (WordPress's error page puts its message in
     * a paragraph, under the generic title "WordPress &rsaquo; Error"), else its title, else its
     * visible text; without tags and with entities decoded.
     */
    private static String htmlText(String body) {
        if (body == null || body.isBlank()) {
            return null;
        }
        String text = firstText(HTML_BLOCK.matcher(body), 2);
        if (text == null) {
            text = firstText(HTML_TITLE.matcher(body), 1);
        }
        if (text == null) {
            text = plainText(HTML_HIDDEN.matcher(body).replaceAll(" "));
        }
        return text.length() > MAX_MESSAGE ? text.substring(0, MAX_MESSAGE) + "..." : text;
    }

    private static String firstText(Matcher matcher, int group) {
        while (matcher.find()) {
            String text = plainText(matcher.group(group));
            if (!text.isEmpty()) {
                return text;
            }
        }
        return null;
    }

    private static String plainText(String html) {
        String text = html.replaceAll("<[^>]+>", " ");
        text = HTML_ENTITY
                .matcher(text)
                .replaceAll(entity -> Matcher.quoteReplacement(decodeEntity(entity.group(1), entity.group())));
        return text.replaceAll("\\s+", " ").strip();
    }

    private static String decodeEntity(String name, String whole) {
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(2), 16)));
            }
            if (name.startsWith("#")) {
                return new String(Character.toChars(Integer.parseInt(name.substring(1))));
            }
        } catch (IllegalArgumentException notACodePoint) {
            return whole;
        }
        return NAMED_ENTITIES.getOrDefault(name.toLowerCase(Locale.ROOT), whole);
    }

    private static Map<String, Map<String, String>> fieldErrors(JsonNode json) {
        Map<String, Map<String, String>> errors = new LinkedHashMap<>();
        if (json == null || !json.isObject()) {
            return errors;
        }
        JsonNode map = json.path("errors").isObject() ? json.get("errors") : json;
        map.properties().forEach(field -> {
            Map<String, String> rules = new LinkedHashMap<>();
            if (field.getValue().isObject()) {
                // Only text is a message: this skips WordPress's {"data": {"status": 422}}.
                field.getValue().properties().stream()
                        .filter(rule -> rule.getValue().isTextual())
                        .forEach(
                                rule -> rules.put(rule.getKey(), rule.getValue().asText()));
            } else if (field.getValue().isArray()) {
                // Laravel's own shape: a list of messages per field.
                int i = 0;
                for (JsonNode text : field.getValue()) {
                    rules.put(String.valueOf(i++), text.asText());
                }
            }
            if (!rules.isEmpty()) {
                errors.put(field.getKey(), rules);
            }
        });
        return errors;
    }
}
