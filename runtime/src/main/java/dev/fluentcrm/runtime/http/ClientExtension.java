package dev.fluentcrm.runtime.http;

/**
 * Builds an extension of a generated client (module classes generated from overlays, or
 * hand-written ones) on the client's {@link ApiExecutor}: its transport, credentials, JSON mapper,
 * retry policy, listener and options. The module classes the Maven plugin generates for overlays
 * fit as they are, through their public constructor:
 *
 * <pre>{@code
 * LoyaltyApi loyalty = crm.extension(LoyaltyApi::new);
 * LoyaltyApi patient = crm.withOptions(slow).extension(LoyaltyApi::new);   // with the view's options
 * }</pre>
 *
 * @param <T> the extension's type
 */
@FunctionalInterface
public interface ClientExtension<T> {
    /** The extension on {@code executor}, which is the client's (or its options view's). */
    T create(ApiExecutor executor);
}
