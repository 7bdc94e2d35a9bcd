package dev.fluentcrm.codegen.diff;

import dev.fluentcrm.codegen.emit.model.EnumEmitter;
import dev.fluentcrm.codegen.model.Api;
import dev.fluentcrm.codegen.model.Field;
import dev.fluentcrm.codegen.model.TypeDef;
import dev.fluentcrm.codegen.model.TypeDef.EnumDef;
import dev.fluentcrm.codegen.model.TypeDef.RecordDef;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Compares the model classes: records (their properties) and open enumerations (their values),
 * matched by their Java name. A property added to a record callers build is breaking only when
 * it is required (the builder refuses to build without it); one added to an answer is only more
 * to read. Enumerations are open: a value the SDK does not list still decodes.
 */
final class TypesDiff {
    private final Api oldApi;
    private final Api newApi;
    private final Consumer<Change> out;
    private final TypeUsage oldUsage;
    private final TypeUsage newUsage;

    TypesDiff(Api oldApi, Api newApi, Consumer<Change> out) {
        this.oldApi = oldApi;
        this.newApi = newApi;
        this.out = out;
        this.oldUsage = new TypeUsage(oldApi);
        this.newUsage = new TypeUsage(newApi);
    }

    void run() {
        Map<String, TypeDef> before = byName(oldApi);
        Map<String, TypeDef> after = byName(newApi);
        before.forEach((name, was) -> {
            TypeDef is = after.get(name);
            if (is == null) {
                out.accept(new Change(
                        ChangeKind.TYPE_REMOVED,
                        name,
                        was.origin(),
                        name,
                        Bump.MAJOR,
                        "the class " + name + " is gone"));
            } else if (was instanceof RecordDef wasRecord && is instanceof RecordDef isRecord) {
                compareRecords(wasRecord, isRecord);
            } else if (was instanceof EnumDef wasEnum && is instanceof EnumDef isEnum) {
                compareEnums(wasEnum, isEnum);
            } else {
                out.accept(new Change(
                        ChangeKind.TYPE_KIND_CHANGED,
                        name,
                        is.origin(),
                        name,
                        Bump.MAJOR,
                        "the class " + name + " is now " + kind(is) + " instead of " + kind(was)));
            }
        });
        after.forEach((name, is) -> {
            if (!before.containsKey(name)) {
                out.accept(new Change(
                        ChangeKind.TYPE_ADDED,
                        name,
                        is.origin(),
                        name,
                        Bump.MINOR,
                        "new " + (is instanceof EnumDef ? "open enumeration " : "record ") + name));
            }
        });
    }

    private void compareRecords(RecordDef was, RecordDef is) {
        String name = is.name();
        boolean built = oldUsage.builtByCallers(name) || newUsage.builtByCallers(name);
        Map<String, Field> before = fields(was);
        Map<String, Field> after = fields(is);
        before.forEach((json, old) -> {
            Field now = after.get(json);
            if (now == null) {
                change(
                        ChangeKind.PROPERTY_REMOVED,
                        was,
                        old,
                        accessors(name, old, built),
                        Bump.MAJOR,
                        "property '" + json + "' is gone: its accessor" + (built ? " and builder method are" : " is")
                                + " removed");
                return;
            }
            String element = accessors(name, now, built);
            String oldType = JavaTypeText.of(old.type());
            String newType = JavaTypeText.of(now.type());
            if (!oldType.equals(newType)) {
                change(
                        ChangeKind.PROPERTY_TYPE_CHANGED,
                        is,
                        now,
                        element,
                        Bump.MAJOR,
                        "property '" + json + "' changes its Java type from " + oldType + " to " + newType);
            } else if (!old.type().equals(now.type())) {
                change(
                        ChangeKind.PROPERTY_TYPE_CHANGED,
                        is,
                        now,
                        element,
                        Bump.PATCH,
                        "property '" + json + "' changes from " + JavaTypeText.withWire(old.type()) + " to "
                                + JavaTypeText.withWire(now.type()) + "; the Java type is kept");
            }
            if (!old.javaName().equals(now.javaName())) {
                change(
                        ChangeKind.PROPERTY_RENAMED,
                        is,
                        now,
                        accessors(name, old, built) + " -> " + element,
                        Bump.MAJOR,
                        "property '" + json + "' gets another Java name: " + now.javaName() + " instead of "
                                + old.javaName());
            }
            if (!old.required() && now.required()) {
                change(
                        ChangeKind.PROPERTY_NOW_REQUIRED,
                        is,
                        now,
                        name + ".Builder.build()",
                        built ? Bump.MAJOR : Bump.PATCH,
                        built
                                ? "property '" + json + "' is now required: build() fails when it is not set"
                                : "property '" + json + "' is now required; " + name
                                        + " only comes back in answers, so decoding is unaffected");
            } else if (old.required() && !now.required()) {
                change(
                        ChangeKind.PROPERTY_NOW_OPTIONAL,
                        is,
                        now,
                        name + "." + now.javaName() + "()",
                        Bump.PATCH,
                        built
                                ? "property '" + json + "' is now optional: build() no longer requires it"
                                : "property '" + json + "' is now optional: answers may leave it out (null)");
            }
        });
        after.forEach((json, now) -> {
            if (!before.containsKey(json)) {
                boolean breaking = built && now.required();
                change(
                        ChangeKind.PROPERTY_ADDED,
                        is,
                        now,
                        accessors(name, now, built),
                        breaking ? Bump.MAJOR : Bump.MINOR,
                        "new " + (now.required() ? "required" : "optional") + " property '" + json + "' ("
                                + JavaTypeText.of(now.type()) + ")"
                                + (breaking ? ": build() fails for callers that do not set it" : ""));
            }
        });
    }

    private void compareEnums(EnumDef was, EnumDef is) {
        String name = is.name();
        Map<String, String> oldConstants = EnumEmitter.constantNames(was);
        Map<String, String> newConstants = EnumEmitter.constantNames(is);
        oldConstants.forEach((value, constant) -> {
            if (!newConstants.containsKey(value)) {
                out.accept(new Change(
                        ChangeKind.ENUM_VALUE_REMOVED,
                        name,
                        was.origin(),
                        name + "." + constant,
                        Bump.MAJOR,
                        "value '" + value + "' is no longer listed: the constant is gone (an answer carrying the value "
                                + "still decodes, as an unknown value)"));
            } else if (!newConstants.get(value).equals(constant)) {
                out.accept(new Change(
                        ChangeKind.ENUM_CONSTANT_RENAMED,
                        name,
                        is.origin(),
                        name + "." + constant + " -> " + name + "." + newConstants.get(value),
                        Bump.MAJOR,
                        "the constant of value '" + value + "' is renamed"));
            }
        });
        newConstants.forEach((value, constant) -> {
            if (!oldConstants.containsKey(value)) {
                out.accept(new Change(
                        ChangeKind.ENUM_VALUE_ADDED,
                        name,
                        is.origin(),
                        name + "." + constant,
                        Bump.MINOR,
                        "new value '" + value + "': SDK versions without the constant still decode it, as an unknown "
                                + "value (isKnown() is false)"));
            }
        });
    }

    private void change(ChangeKind kind, RecordDef record, Field field, String element, Bump bump, String message) {
        String pointer = record.origin() + "/properties/"
                + field.jsonName().replace("~", "~0").replace("/", "~1");
        out.accept(new Change(kind, record.name() + "." + field.jsonName(), pointer, element, bump, message));
    }

    /** The record's accessor, and for a record callers build, the builder's setter too. */
    private static String accessors(String record, Field field, boolean built) {
        String accessor = record + "." + field.javaName() + "()";
        return built
                ? accessor + ", " + record + ".Builder." + field.javaName() + "(" + JavaTypeText.of(field.type()) + ")"
                : accessor;
    }

    private static String kind(TypeDef type) {
        return type instanceof EnumDef ? "an open enumeration" : "a record";
    }

    private static Map<String, Field> fields(RecordDef record) {
        Map<String, Field> byJson = new LinkedHashMap<>();
        record.fields().forEach(field -> byJson.put(field.jsonName(), field));
        return byJson;
    }

    private static Map<String, TypeDef> byName(Api api) {
        Map<String, TypeDef> byName = new LinkedHashMap<>();
        api.types().forEach(type -> byName.put(type.name(), type));
        return byName;
    }
}
