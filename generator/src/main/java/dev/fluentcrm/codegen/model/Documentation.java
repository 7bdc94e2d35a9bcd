package dev.fluentcrm.codegen.model;

import java.util.List;
import java.util.Map;

/**
 * What the spec says for readers rather than for code: how its modules are grouped
 * ({@code x-tagGroups}), and per operation the errors it declares, an example request body, and
 * where it is available ({@code x-fluentcrm-availability}, {@code x-fluentcrm-requires}). Only the
 * {@code docs} output reads it; a spec without these keys gives empty lists.
 */
public record Documentation(List<TagGroup> tagGroups, Map<String, OperationFacts> operations) {
    public static final Documentation NONE = new Documentation(List.of(), Map.of());

    /** The facts of the operation {@code operationId}; empty ones when the spec has none. */
    public OperationFacts of(String operationId) {
        return operations.getOrDefault(operationId, OperationFacts.NONE);
    }

    /** A named group of modules, by tag. */
    public record TagGroup(String name, List<String> tags) {}

    /**
     * @param errors the non-2xx answers the operation lists ({@code default} included), in spec order
     * @param requestExampleJson the JSON of the request body's example, or null
     * @param registeredIn releases whose route index registers the operation
     * @param notRegisteredIn releases that document it but do not register it
     * @param since the first release that has it, or null
     * @param requires features or plugins that must be switched on
     * @param parameterExamples the JSON of each parameter's example, by wire name
     */
    public record OperationFacts(
            List<ErrorAnswer> errors,
            String requestExampleJson,
            Map<String, String> parameterExamples,
            List<String> registeredIn,
            List<String> notRegisteredIn,
            String since,
            List<Requirement> requires) {
        public static final OperationFacts NONE =
                new OperationFacts(List.of(), null, Map.of(), List.of(), List.of(), null, List.of());
    }

    /** An error answer: its status ({@code 422}, {@code default}) and what the spec says of it. */
    public record ErrorAnswer(String status, String description) {}

    /** A FluentCRM module to switch on ({@code module}, {@code enable}) or a plugin ({@code plugin}); unused parts are null. */
    public record Requirement(String module, String enable, String plugin) {}
}
