package dev.fluentcrm.runtime.http;

import dev.fluentcrm.runtime.json.OpenEnum;
import dev.fluentcrm.runtime.json.PhpDates;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;

/** Turns parameter values into the text PHP expects, and pairs into an encoded query string. */
final class QueryValues {
    private QueryValues() {}

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
        if (pairs.isEmpty()) {
            return "";
        }
        StringBuilder query = new StringBuilder();
        for (Map.Entry<String, String> pair : pairs) {
            if (query.length() > 0) {
                query.append('&');
            }
            query.append(URLEncoder.encode(pair.getKey(), StandardCharsets.UTF_8))
                    .append('=')
                    .append(URLEncoder.encode(pair.getValue(), StandardCharsets.UTF_8));
        }
        return query.toString();
    }

    static String encodePathSegment(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
