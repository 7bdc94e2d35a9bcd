package dev.fluentcrm.codegen.emit.model;

import dev.fluentcrm.codegen.model.Field;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Parameter;
import dev.fluentcrm.codegen.model.TypeDef.RecordDef;
import java.util.List;

/**
 * Describes an operation's query and header parameters as a record, so a call with many
 * optional parameters reads {@code ListContactsParams.builder().search("ada").build()}. The
 * record itself is emitted by {@link RecordEmitter}, like any model.
 */
public final class ParamsRecords {
    private ParamsRecords() {}

    public static RecordDef record(Operation operation) {
        List<Field> fields = operation.optionParameters().stream()
                .map(p -> new Field(p.wireName(), p.javaName(), p.type(), p.required(), describe(p)))
                .toList();
        return new RecordDef(
                operation.paramsTypeName(),
                "Query parameters of `" + operation.operationId() + "` (`"
                        + operation.method() + " " + operation.path()
                        + "`). Properties set with `additionalProperty` are sent"
                        + " as extra query parameters.",
                operation.path(),
                fields,
                null);
    }

    private static String describe(Parameter parameter) {
        String text = parameter.description();
        if (parameter.defaultValue() != null) {
            text = (text.isEmpty() ? "" : text + " ") + "Default: `" + parameter.defaultValue() + "`.";
        }
        if (parameter.isArray() && parameter.wireName().endsWith("[]")) {
            text = (text.isEmpty() ? "" : text + " ") + "Sent as `" + parameter.wireName() + "=a&"
                    + parameter.wireName() + "=b`.";
        }
        return text;
    }
}
