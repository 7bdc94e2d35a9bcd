package dev.fluentcrm.codegen.model;

import java.util.List;

/**
 * Where an operation is known to exist, from the spec's {@code x-fluentcrm-availability}: the
 * releases (as {@code "FluentCRM 2.9.84 + FluentCampaign Pro 2.8.45"}) whose live route index
 * registers it, the releases that do not although FluentCRM documents it, and the release it
 * first appeared in ({@code null} when not known).
 */
public record Availability(List<String> registeredIn, List<String> notRegisteredIn, String since) {
    /** Nothing is known: the spec says nothing about where the operation exists. */
    public static final Availability UNKNOWN = new Availability(List.of(), List.of(), null);

    public Availability {
        registeredIn = List.copyOf(registeredIn);
        notRegisteredIn = List.copyOf(notRegisteredIn);
    }

    public boolean isKnown() {
        return !registeredIn.isEmpty() || !notRegisteredIn.isEmpty() || since != null;
    }
}
