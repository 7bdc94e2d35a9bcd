package dev.fluentcrm.live;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.live.LiveSpec.SpecOperation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Checks one answer against its operation: the status must be one the operation declares
 * (the catch-all {@code default} does not count: a status the spec means to allow is listed),
 * the body must validate against that status's schema, and a success must decode with the
 * generated types.
 */
public final class AnswerChecker {
    private static final String JSON = "application/json";

    private final LiveSpec spec;
    private final SchemaValidator validator;
    private final TypedDecoder decoder;
    private final ObjectMapper json = new ObjectMapper();

    public AnswerChecker(LiveSpec spec, TypedDecoder decoder) {
        this.spec = spec;
        this.validator = new SchemaValidator(spec.openApi());
        this.decoder = decoder;
    }

    /**
     * The findings of one answer; {@code expectedStatus} is the status the call was meant to get
     * (200 for a read with ids that exist, 404 for a missing record, ...): another declared status
     * is a note, not a mismatch, when {@code strict} is false.
     */
    public List<Finding> check(
            SpecOperation operation, SiteClient.Exchange exchange, int expectedStatus, boolean strict) {
        List<Finding> findings = new ArrayList<>();
        String status = String.valueOf(exchange.status());
        ApiResponse declared = operation.operation().getResponses() == null
                ? null
                : operation.operation().getResponses().get(status);
        String responsePointer = RouteComparison.pointer(operation) + "/responses/" + status;
        if (declared == null) {
            findings.add(finding(
                    Finding.Kind.STATUS,
                    operation,
                    exchange,
                    null,
                    RouteComparison.pointer(operation) + "/responses",
                    "status " + expectedStatus + " (declared: " + declaredStatuses(operation) + ")",
                    exchange.status() + " with " + Bodies.shorten(exchange.body())));
            return findings;
        }
        if (declared.get$ref() != null) {
            responsePointer = declared.get$ref();
            declared = resolveResponse(declared.get$ref());
        }
        if (exchange.status() != expectedStatus) {
            findings.add(finding(
                    strict ? Finding.Kind.STATUS : Finding.Kind.DECLARED_ERROR,
                    operation,
                    exchange,
                    null,
                    responsePointer,
                    "status " + expectedStatus,
                    exchange.status() + " with " + Bodies.shorten(exchange.body())));
        }
        MediaType media = declared == null || declared.getContent() == null
                ? null
                : declared.getContent().get(JSON);
        if (media != null && media.getSchema() != null) {
            String schemaPointer = responsePointer + "/content/application~1json/schema";
            Optional<JsonNode> body = parse(exchange.body());
            if (body.isEmpty() && mayBeEmpty(declared, exchange.body())) {
                return findings;
            }
            if (body.isEmpty()) {
                findings.add(finding(
                        Finding.Kind.SCHEMA,
                        operation,
                        exchange,
                        "",
                        schemaPointer,
                        "a JSON body",
                        Bodies.shorten(exchange.body())));
                return findings;
            }
            for (SchemaValidator.Violation violation :
                    validator.validate(body.get(), media.getSchema(), schemaPointer)) {
                findings.add(finding(
                        Finding.Kind.SCHEMA,
                        operation,
                        exchange,
                        violation.bodyPointer(),
                        violation.schemaPointer(),
                        violation.expected(),
                        violation.actual()));
            }
        }
        if (exchange.status() >= 200 && exchange.status() < 300 && decoder != null) {
            Operation model = spec.model(operation.operationId());
            String pointer = responsePointer;
            if (model != null) {
                decoder.problem(model, exchange.body())
                        .ifPresent(problem -> findings.add(finding(
                                Finding.Kind.DECODE,
                                operation,
                                exchange,
                                problem.bodyPointer(),
                                pointer,
                                "a body the generated types decode",
                                problem.message())));
            }
        }
        return findings;
    }

    /** {@code x-fluentcrm-empty-body: true}: the spec says this status may come without a body. */
    private static boolean mayBeEmpty(ApiResponse declared, String body) {
        return (body == null || body.isEmpty())
                && declared.getExtensions() != null
                && Boolean.TRUE.equals(declared.getExtensions().get("x-fluentcrm-empty-body"));
    }

    private Optional<JsonNode> parse(String body) {
        if (body == null || body.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(json.readTree(body));
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private ApiResponse resolveResponse(String ref) {
        String prefix = "#/components/responses/";
        if (!ref.startsWith(prefix) || spec.openApi().getComponents().getResponses() == null) {
            return null;
        }
        return spec.openApi().getComponents().getResponses().get(ref.substring(prefix.length()));
    }

    private static String declaredStatuses(SpecOperation operation) {
        return operation.operation().getResponses() == null
                ? "none"
                : String.join(", ", operation.operation().getResponses().keySet());
    }

    static Finding finding(
            Finding.Kind kind,
            SpecOperation operation,
            SiteClient.Exchange exchange,
            String bodyPointer,
            String schemaPointer,
            String expected,
            String actual) {
        return new Finding(
                kind,
                operation.operationId(),
                exchange.method(),
                exchange.url(),
                bodyPointer,
                schemaPointer,
                expected,
                actual);
    }
}
