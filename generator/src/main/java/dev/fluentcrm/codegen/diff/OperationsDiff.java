package dev.fluentcrm.codegen.diff;

import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.ApiModule;
import dev.fluentcrm.codegen.model.Operation;
import dev.fluentcrm.codegen.model.Parameter;
import dev.fluentcrm.codegen.model.TypeRef;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * Compares modules and operations: what becomes of each module accessor and API method, their
 * parameters, request bodies and return types. Operations are matched by operationId; an
 * operation whose id changed but whose HTTP method and path did not is reported as renamed and
 * compared with its old self.
 */
final class OperationsDiff {
    private final Api oldApi;
    private final Api newApi;
    private final Consumer<Change> out;

    OperationsDiff(Api oldApi, Api newApi, Consumer<Change> out) {
        this.oldApi = oldApi;
        this.newApi = newApi;
        this.out = out;
    }

    /** An operation with the module that holds it: together they name the Java method. */
    private record Located(ApiModule module, Operation operation) {
        String pointer() {
            return "/paths/" + operation.path().replace("~", "~0").replace("/", "~1") + "/"
                    + operation.method().toLowerCase(Locale.ROOT);
        }

        String endpoint() {
            return operation.method() + " " + operation.path();
        }

        String method() {
            return module.className() + "." + operation.javaName();
        }

        /** The main method as the SDK declares it: path parameters, then the body, then the parameters record. */
        String signature() {
            List<String> types = new ArrayList<>();
            operation.pathParameters().forEach(p -> types.add(JavaTypeText.of(p.type())));
            if (operation.body() != null) {
                types.add(JavaTypeText.of(operation.body().type()));
            }
            if (!operation.optionParameters().isEmpty()) {
                types.add(operation.paramsTypeName());
            }
            return method() + "(" + String.join(", ", types) + ")";
        }

        String accessorCall() {
            return "crm." + module.accessor() + "()." + operation.javaName();
        }
    }

    void run() {
        compareModules();
        Map<String, Located> before = index(oldApi);
        Map<String, Located> after = index(newApi);
        List<Located> removed = new ArrayList<>();
        for (Located old : before.values()) {
            Located now = after.get(old.operation().operationId());
            if (now != null) {
                compare(old, now);
            } else {
                removed.add(old);
            }
        }
        List<Located> added = new ArrayList<>();
        for (Located now : after.values()) {
            if (!before.containsKey(now.operation().operationId())) {
                added.add(now);
            }
        }
        for (Located old : removed) {
            Located renamed = added.stream()
                    .filter(now -> now.endpoint().equals(old.endpoint()))
                    .findFirst()
                    .orElse(null);
            if (renamed != null) {
                added.remove(renamed);
                renamed(old, renamed);
                compare(old, renamed);
            } else {
                change(
                        ChangeKind.OPERATION_REMOVED,
                        old,
                        old.signature(),
                        Bump.MAJOR,
                        old.endpoint() + " is no longer in the spec: the method, its WithResponse and Async forms "
                                + "are gone");
            }
        }
        for (Located now : added) {
            change(
                    ChangeKind.OPERATION_ADDED,
                    now,
                    now.signature(),
                    Bump.MINOR,
                    "new operation " + now.endpoint() + (now.operation().pro() ? " (FluentCampaign Pro)" : ""));
        }
    }

    private void compareModules() {
        Map<String, ApiModule> before = modules(oldApi);
        Map<String, ApiModule> after = modules(newApi);
        before.forEach((tag, module) -> {
            if (!after.containsKey(tag)) {
                out.accept(new Change(
                        ChangeKind.MODULE_REMOVED,
                        "tag " + tag,
                        null,
                        "FluentCrmClient." + module.accessor() + "(), " + module.className(),
                        Bump.MAJOR,
                        "no operation has the tag '" + tag + "' any more: the module accessor and its class are gone"));
            }
        });
        after.forEach((tag, module) -> {
            ApiModule old = before.get(tag);
            if (old == null) {
                out.accept(new Change(
                        ChangeKind.MODULE_ADDED,
                        "tag " + tag,
                        null,
                        "FluentCrmClient." + module.accessor() + "(), " + module.className(),
                        Bump.MINOR,
                        "new module for the tag '" + tag + "'"));
            } else if (!old.accessor().equals(module.accessor())
                    || !old.className().equals(module.className())) {
                out.accept(new Change(
                        ChangeKind.MODULE_REMOVED,
                        "tag " + tag,
                        null,
                        "FluentCrmClient." + old.accessor() + "(), " + old.className(),
                        Bump.MAJOR,
                        "the module of the tag '" + tag + "' is now FluentCrmClient." + module.accessor() + "(), "
                                + module.className() + " (another name took the old one)"));
            }
        });
    }

    private void renamed(Located old, Located now) {
        boolean sameMethod = old.method().equals(now.method());
        change(
                ChangeKind.OPERATION_RENAMED,
                now,
                old.method() + (sameMethod ? "" : " -> " + now.method()),
                sameMethod ? Bump.PATCH : Bump.MAJOR,
                "operationId " + old.operation().operationId() + " is now "
                        + now.operation().operationId()
                        + " (same " + now.endpoint() + ")"
                        + (sameMethod ? "; the Java method keeps its name" : ": the old method is gone"));
    }

    private void compare(Located old, Located now) {
        Operation before = old.operation();
        Operation after = now.operation();
        boolean sameId = before.operationId().equals(after.operationId());
        if (!old.module().tag().equals(now.module().tag())) {
            change(
                    ChangeKind.OPERATION_MOVED,
                    now,
                    old.accessorCall() + " -> " + now.accessorCall(),
                    Bump.MAJOR,
                    "the operation moved from the tag '" + old.module().tag() + "' to '"
                            + now.module().tag() + "', so from " + old.module().className() + " to "
                            + now.module().className());
        } else if (sameId && !before.javaName().equals(after.javaName())) {
            change(
                    ChangeKind.METHOD_RENAMED,
                    now,
                    old.method() + " -> " + now.method(),
                    Bump.MAJOR,
                    "the Java method is renamed (the other operations of its module changed, and with them the names)");
        }
        if (sameId && !old.endpoint().equals(now.endpoint())) {
            change(
                    ChangeKind.ENDPOINT_CHANGED,
                    now,
                    now.method(),
                    Bump.PATCH,
                    "now calls " + now.endpoint() + " instead of " + old.endpoint() + "; its Java signature is kept");
        }
        if (before.deprecated() != after.deprecated()) {
            change(
                    ChangeKind.DEPRECATION_CHANGED,
                    now,
                    now.method(),
                    after.deprecated() ? Bump.MINOR : Bump.PATCH,
                    after.deprecated()
                            ? "now deprecated: its methods carry @Deprecated, and callers get a compiler warning"
                            : "no longer deprecated");
        }
        if (before.pro() != after.pro()) {
            change(
                    ChangeKind.PRO_FLAG_CHANGED,
                    now,
                    now.method(),
                    Bump.PATCH,
                    after.pro()
                            ? "now marked x-fluentcrm-pro: it needs FluentCampaign Pro (Javadoc only; the signature is kept)"
                            : "no longer marked x-fluentcrm-pro: the free plugin serves it (Javadoc only)");
        }
        compareParametersRecord(old, now);
        comparePathParameters(old, now);
        compareOptionParameters(old, now);
        compareBody(old, now);
        compareResponse(old, now);
    }

    private void compareParametersRecord(Located old, Located now) {
        String before = old.operation().paramsTypeName();
        String after = now.operation().paramsTypeName();
        if (before != null && after != null && !before.equals(after)) {
            change(
                    ChangeKind.PARAMETERS_RECORD_RENAMED,
                    now,
                    before + " -> " + after,
                    Bump.MAJOR,
                    "the record of the query and header parameters is renamed (it is named after the operationId)");
        }
    }

    /**
     * Path parameters are positional arguments of the Java method: their number, order and types
     * are its signature, while their names are not. With as many before as after, they are
     * compared place by place; otherwise by name, each one more or fewer changing the signature.
     */
    private void comparePathParameters(Located old, Located now) {
        List<Parameter> before = old.operation().pathParameters();
        List<Parameter> after = now.operation().pathParameters();
        if (before.size() != after.size()) {
            List<String> oldNames = before.stream().map(Parameter::wireName).toList();
            List<String> newNames = after.stream().map(Parameter::wireName).toList();
            for (Parameter is : after) {
                if (!oldNames.contains(is.wireName())) {
                    change(
                            ChangeKind.PARAMETER_ADDED,
                            now,
                            now.signature(),
                            Bump.MAJOR,
                            "new path parameter '" + is.wireName() + "': the method takes one more argument ("
                                    + JavaTypeText.of(is.type()) + " " + is.javaName() + ")");
                }
            }
            for (Parameter was : before) {
                if (!newNames.contains(was.wireName())) {
                    change(
                            ChangeKind.PARAMETER_REMOVED,
                            now,
                            now.signature(),
                            Bump.MAJOR,
                            "path parameter '" + was.wireName() + "' is gone: the method takes one argument fewer");
                }
            }
            return;
        }
        List<String> oldNames = before.stream().map(Parameter::wireName).toList();
        for (int i = 0; i < after.size(); i++) {
            Parameter was = before.get(i);
            Parameter is = after.get(i);
            String wasType = JavaTypeText.of(was.type());
            String isType = JavaTypeText.of(is.type());
            if (!wasType.equals(isType)) {
                change(
                        ChangeKind.PARAMETER_TYPE_CHANGED,
                        now,
                        now.signature(),
                        Bump.MAJOR,
                        "path parameter '" + is.wireName() + "' changes its Java type from " + wasType + " to "
                                + isType);
            } else if (!was.type().equals(is.type())) {
                typeKept(
                        ChangeKind.PARAMETER_TYPE_CHANGED,
                        now,
                        now.signature(),
                        "path parameter '" + is.wireName() + "'",
                        was.type(),
                        is.type());
            }
            if (was.wireName().equals(is.wireName())) {
                continue;
            }
            int earlier = oldNames.indexOf(is.wireName());
            if (earlier >= 0) {
                change(
                        ChangeKind.PARAMETER_RENAMED,
                        now,
                        now.signature(),
                        Bump.MAJOR,
                        "argument " + (i + 1) + " is now path parameter '" + is.wireName() + "', which was argument "
                                + (earlier + 1) + ": calls written for the old order send the values to the wrong "
                                + "places");
            } else {
                change(
                        ChangeKind.PARAMETER_RENAMED,
                        now,
                        now.signature(),
                        Bump.PATCH,
                        "path parameter '" + was.wireName() + "' is now '" + is.wireName()
                                + "'; it keeps its place, so callers are unaffected");
            }
        }
    }

    /** Query and header parameters are the fields of the parameters record and its builder. */
    private void compareOptionParameters(Located old, Located now) {
        Map<String, Parameter> before = options(old.operation());
        Map<String, Parameter> after = options(now.operation());
        String oldRecord = old.operation().paramsTypeName();
        String newRecord = now.operation().paramsTypeName();
        before.forEach((key, was) -> {
            Parameter is = after.get(key);
            if (is == null) {
                change(
                        ChangeKind.PARAMETER_REMOVED,
                        old,
                        oldRecord + ".Builder." + was.javaName() + "(" + JavaTypeText.of(was.type()) + ")",
                        Bump.MAJOR,
                        describe(was) + " is gone: the builder method and the record component are removed");
                return;
            }
            String element = newRecord + ".Builder." + is.javaName() + "(" + JavaTypeText.of(is.type()) + ")";
            String wasType = JavaTypeText.of(was.type());
            String isType = JavaTypeText.of(is.type());
            if (!wasType.equals(isType)) {
                change(
                        ChangeKind.PARAMETER_TYPE_CHANGED,
                        now,
                        element,
                        Bump.MAJOR,
                        describe(is) + " changes its Java type from " + wasType + " to " + isType);
            } else if (!was.type().equals(is.type())) {
                typeKept(ChangeKind.PARAMETER_TYPE_CHANGED, now, element, describe(is), was.type(), is.type());
            }
            if (!was.javaName().equals(is.javaName())) {
                change(
                        ChangeKind.PARAMETER_RENAMED,
                        now,
                        element,
                        Bump.MAJOR,
                        describe(is) + " is now set with " + is.javaName() + "(...) instead of " + was.javaName()
                                + "(...)");
            }
            if (!was.required() && is.required()) {
                change(
                        ChangeKind.PARAMETER_NOW_REQUIRED,
                        now,
                        element,
                        Bump.MAJOR,
                        describe(is) + " is now required: " + newRecord + ".Builder.build() fails without it"
                                + withoutParametersGone(old, now));
            } else if (was.required() && !is.required()) {
                change(ChangeKind.PARAMETER_NOW_OPTIONAL, now, element, Bump.MINOR, describe(is) + " is now optional");
            }
        });
        after.forEach((key, is) -> {
            if (!before.containsKey(key)) {
                change(
                        ChangeKind.PARAMETER_ADDED,
                        now,
                        newRecord + ".Builder." + is.javaName() + "(" + JavaTypeText.of(is.type()) + ")",
                        is.required() ? Bump.MAJOR : Bump.MINOR,
                        "new " + (is.required() ? "required " : "optional ") + describe(is)
                                + (is.required()
                                        ? ": " + newRecord + ".Builder.build() fails for calls that do not set it"
                                                + withoutParametersGone(old, now)
                                        : ""));
            }
        });
    }

    /** The method without a parameters record exists while no query or header parameter is required. */
    private static String withoutParametersGone(Located old, Located now) {
        boolean hadIt = old.operation().optionParameters().stream().noneMatch(Parameter::required);
        boolean hasIt = now.operation().optionParameters().stream().noneMatch(Parameter::required);
        return hadIt && !hasIt ? ", and " + now.method() + " without a parameters record is gone" : "";
    }

    private void compareBody(Located old, Located now) {
        Operation.RequestBody before = old.operation().body();
        Operation.RequestBody after = now.operation().body();
        if (before == null && after == null) {
            return;
        }
        if (before == null) {
            change(
                    ChangeKind.REQUEST_BODY_ADDED,
                    now,
                    now.signature(),
                    Bump.MAJOR,
                    "the operation now takes a request body (" + JavaTypeText.of(after.type())
                            + "): the method takes one more argument");
            return;
        }
        if (after == null) {
            change(
                    ChangeKind.REQUEST_BODY_REMOVED,
                    now,
                    now.signature(),
                    Bump.MAJOR,
                    "the operation takes no request body any more: the method takes one argument fewer");
            return;
        }
        String wasType = JavaTypeText.of(before.type());
        String isType = JavaTypeText.of(after.type());
        if (!wasType.equals(isType)) {
            change(
                    ChangeKind.REQUEST_BODY_TYPE_CHANGED,
                    now,
                    now.signature(),
                    Bump.MAJOR,
                    "the request body changes its Java type from " + wasType + " to " + isType);
        } else if (!before.type().equals(after.type())) {
            typeKept(
                    ChangeKind.REQUEST_BODY_TYPE_CHANGED,
                    now,
                    now.signature(),
                    "the request body",
                    before.type(),
                    after.type());
        }
        if (before.encoding() != after.encoding()) {
            change(
                    ChangeKind.REQUEST_BODY_TYPE_CHANGED,
                    now,
                    now.signature(),
                    Bump.PATCH,
                    "the request body is now sent as " + after.encoding().name().toLowerCase(Locale.ROOT)
                            + " instead of " + before.encoding().name().toLowerCase(Locale.ROOT)
                            + "; its Java type is kept");
        }
        if (!before.required() && after.required()) {
            change(
                    ChangeKind.REQUEST_BODY_NOW_REQUIRED,
                    now,
                    now.signature(),
                    Bump.MAJOR,
                    "the request body is now required: a call passing null fails");
        } else if (before.required() && !after.required()) {
            change(
                    ChangeKind.REQUEST_BODY_NOW_OPTIONAL,
                    now,
                    now.signature(),
                    Bump.PATCH,
                    "the request body is now optional: null may be passed");
        }
    }

    private void compareResponse(Located old, Located now) {
        TypeRef before = old.operation().response();
        TypeRef after = now.operation().response();
        String wasType = JavaTypeText.of(before);
        String isType = JavaTypeText.of(after);
        if (!wasType.equals(isType)) {
            change(
                    ChangeKind.RESPONSE_TYPE_CHANGED,
                    now,
                    now.signature(),
                    Bump.MAJOR,
                    "the method now returns " + isType + " instead of " + wasType);
        } else if (!before.equals(after)) {
            typeKept(ChangeKind.RESPONSE_TYPE_CHANGED, now, now.signature(), "the answer", before, after);
        } else if (!Objects.equals(
                old.operation().responsePointer(), now.operation().responsePointer())) {
            change(
                    ChangeKind.RESPONSE_TYPE_CHANGED,
                    now,
                    now.signature(),
                    Bump.PATCH,
                    "the page is now read from '" + now.operation().responsePointer() + "' of the answer instead of '"
                            + old.operation().responsePointer() + "'; the return type is kept");
        }
    }

    /** A schema change that leaves the Java type as it was: only what travels on the wire differs. */
    private void typeKept(ChangeKind kind, Located at, String element, String what, TypeRef before, TypeRef after) {
        change(
                kind,
                at,
                element,
                Bump.PATCH,
                what + " changes from " + JavaTypeText.withWire(before) + " to " + JavaTypeText.withWire(after)
                        + "; the Java type is kept");
    }

    private void change(ChangeKind kind, Located at, String element, Bump bump, String message) {
        out.accept(new Change(kind, at.operation().operationId(), at.pointer(), element, bump, message));
    }

    private static String describe(Parameter parameter) {
        return parameter.location().name().toLowerCase(Locale.ROOT) + " parameter '" + parameter.wireName() + "'";
    }

    private static Map<String, Parameter> options(Operation operation) {
        Map<String, Parameter> byName = new LinkedHashMap<>();
        for (Parameter parameter : operation.optionParameters()) {
            byName.put(parameter.location() + ":" + parameter.wireName(), parameter);
        }
        return byName;
    }

    private static Map<String, Located> index(Api api) {
        Map<String, Located> byId = new LinkedHashMap<>();
        for (ApiModule module : api.modules()) {
            for (Operation operation : module.operations()) {
                byId.put(operation.operationId(), new Located(module, operation));
            }
        }
        return byId;
    }

    private static Map<String, ApiModule> modules(Api api) {
        Map<String, ApiModule> byTag = new LinkedHashMap<>();
        api.modules().forEach(module -> byTag.put(module.tag(), module));
        return byTag;
    }
}
