package dev.fluentcrm.codegen.model;

/**
 * Something a site needs before an operation works, from the spec's {@code x-fluentcrm-requires}:
 * a FluentCRM module switched on, or another WordPress plugin installed and active.
 */
public sealed interface Requirement {
    /** A FluentCRM feature that is off until switched on; {@code enable} says how. */
    record Module(String name, String enable) implements Requirement {}

    /** Another WordPress plugin, by its slug ({@code woocommerce}, {@code fluentform}). */
    record Plugin(String slug) implements Requirement {}
}
