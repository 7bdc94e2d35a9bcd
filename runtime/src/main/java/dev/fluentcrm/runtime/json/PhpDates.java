package dev.fluentcrm.runtime.json;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;

/** The date formats MySQL and PHP use in FluentCRM bodies: site-local time, no zone. */
public final class PhpDates {
    /** {@code 2026-11-26 10:00:00} */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PhpDates() {}

    /**
     * {@code 2026-11-26 10:00:00} (or with {@code T} between date and time) read by hand, or null
     * when the text has another shape. Every timestamp of every row goes through here, and
     * DateTimeFormatter's general parser was the largest single cost of decoding a page.
     *
     * @throws java.time.DateTimeException when the shape is right but a field is out of range
     */
    public static LocalDateTime parseMysqlDateTime(String text) {
        if (text.length() != 19
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || (text.charAt(10) != ' ' && text.charAt(10) != 'T')
                || text.charAt(13) != ':'
                || text.charAt(16) != ':') {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        int hour = digits(text, 11, 2);
        int minute = digits(text, 14, 2);
        int second = digits(text, 17, 2);
        if ((year | month | day | hour | minute | second) < 0) {
            return null;
        }
        return LocalDateTime.of(year, month, day, hour, minute, second);
    }

    /**
     * {@code 2026-11-26}, or the date part of a MySQL date-time, read by hand; null when the text
     * starts otherwise.
     *
     * @throws java.time.DateTimeException when the shape is right but a field is out of range
     */
    public static LocalDate parseMysqlDate(String text) {
        if (text.length() < 10
                || text.charAt(4) != '-'
                || text.charAt(7) != '-'
                || (text.length() > 10 && text.charAt(10) != ' ' && text.charAt(10) != 'T')) {
            return null;
        }
        int year = digits(text, 0, 4);
        int month = digits(text, 5, 2);
        int day = digits(text, 8, 2);
        return (year | month | day) < 0 ? null : LocalDate.of(year, month, day);
    }

    /** The number written by {@code length} ASCII digits at {@code start}, or -1 if one is not a digit. */
    private static int digits(String text, int start, int length) {
        int value = 0;
        for (int i = start; i < start + length; i++) {
            char c = text.charAt(i);
            if (c < '0' || c > '9') {
                return -1;
            }
            value = value * 10 + (c - '0');
        }
        return value;
    }
}
