package dev.fluentcrm.runtime.json;

import java.time.format.DateTimeFormatter;

/** The date formats MySQL and PHP use in FluentCRM bodies: site-local time, no zone. */
public final class PhpDates {
    /** {@code 2026-11-26 10:00:00} */
    public static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private PhpDates() {
    }
}
