package golden.overlays_only.testing;

import golden.outputs_testing.FluentCrmClient;
import javax.annotation.processing.Generated;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;

/**
 * Starts a fresh {@link MockFluentCrm} before each test and stops it after, and hands the mock or a
 * client of it to test methods that ask for one.
 *
 * <pre>{@code
 * @ExtendWith(MockFluentCrmExtension.class)
 * class MyTest {
 *     @Test
 *     void listsContacts(FluentCrmClient crm, MockFluentCrm mock) { ... }
 * }
 * }</pre>
 *
 * <p>Register {@code new MockFluentCrmExtension(true)} with {@code @RegisterExtension} for a
 * stateful mock.
 */
@Generated("dev.fluentcrm.codegen.emit.testing.TestingEmitter")
public final class MockFluentCrmExtension implements BeforeEachCallback, AfterEachCallback, ParameterResolver {
    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(MockFluentCrmExtension.class);

    private final boolean stateful;

    /**
     * A stateless mock for each test.
     */
    public MockFluentCrmExtension() {
        this(false);
    }

    /**
     * A mock for each test, stateful or not.
     */
    public MockFluentCrmExtension(boolean stateful) {
        this.stateful = stateful;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        context.getStore(NAMESPACE).put(MockFluentCrm.class, MockFluentCrm.builder().stateful(stateful).start());
    }

    @Override
    public void afterEach(ExtensionContext context) {
        MockFluentCrm mock = context.getStore(NAMESPACE).remove(MockFluentCrm.class, MockFluentCrm.class);
        if (mock != null) {
            mock.close();
        }
    }

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        return type == MockFluentCrm.class || type == FluentCrmClient.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        MockFluentCrm mock = context.getStore(NAMESPACE).get(MockFluentCrm.class, MockFluentCrm.class);
        return parameter.getParameter().getType() == MockFluentCrm.class ? mock : mock.client();
    }
}
