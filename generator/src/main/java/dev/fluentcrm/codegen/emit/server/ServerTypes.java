package dev.fluentcrm.codegen.emit.server;

import com.palantir.javapoet.ClassName;
import dev.fluentcrm.codegen.model.ApiModule;

/** The server runtime's types the emitted code uses, and the names of the emitted classes. */
final class ServerTypes {
    static final ClassName ROUTE = ClassName.get("dev.fluentcrm.server.route", "Route");
    static final ClassName ROUTE_BODY_ENCODING = ROUTE.nestedClass("BodyEncoding");
    static final ClassName ROUTER = ClassName.get("dev.fluentcrm.server.route", "Router");
    static final ClassName SCHEMA = ClassName.get("dev.fluentcrm.server.validate", "Schema");
    static final ClassName SCHEMA_REGISTRY = ClassName.get("dev.fluentcrm.server.validate", "SchemaRegistry");
    static final ClassName API_ERROR = ClassName.get("dev.fluentcrm.server.error", "ApiError");

    private ServerTypes() {}

    /** {@code ContactsApi} -> {@code Contacts}: the module's name without the client's suffix. */
    static String stem(ApiModule module) {
        String name = module.className();
        return name.endsWith("Api") && name.length() > 3 ? name.substring(0, name.length() - 3) : name;
    }

    static ClassName service(String serverPackage, ApiModule module) {
        return ClassName.get(serverPackage, stem(module) + "Service");
    }

    static ClassName routes(String serverPackage, ApiModule module) {
        return ClassName.get(serverPackage, stem(module) + "Routes");
    }

    static ClassName schemas(String serverPackage, ApiModule module) {
        return ClassName.get(serverPackage, stem(module) + "Schemas");
    }
}
