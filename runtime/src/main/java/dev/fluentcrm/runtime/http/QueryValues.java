package dev.fluentcrm.runtime.http;

import dev.fluentcrm.runtime.json.OpenEnum;
import dev.fluentcrm.runtime.json.PhpDates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Turns parameter values into the text PHP expects, and pairs into an encoded query string. */
final class QueryValues {
    private QueryValues() {
    }

    static String format(Object value) {
        if (value instanceof OpenEnum openEnum) {
            return openEnum.value();
        }
        if (value instanceof Boolean flag) {
            // PHP reads "true"/"false" as truthy strings alike; FluentCRM compares with "true" and 1.
            return flag ? "true" : "false";
        }
        if (value instanceof LocalDateTime dateTime) {
            return dateTime.format(PhpDates.DATE_TIME);
        }
        if (value instanceof LocalDate date) {
            return date.toString();
        }
        return String.valueOf(value);
    }

    static String encode(List<Map.Entry<String, String>> pairs) {
        return pairs.stream()
                .map(p -> URLEncoder.encode(p.getKey(), StandardCharsets.UTF_8) + "=" + URLEncoder.encode(p.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    static String encodePathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
