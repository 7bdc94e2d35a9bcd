package dev.fluentcrm.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class GeneratorTest {
    @ParameterizedTest
    @ValueSource(strings = {"dev.fluentcrm.client", "com.example.crm", "a", "golden.naming_properties", "_x.y2", "a.b_c.d"})
    void acceptsJavaPackageNames(String name) {
        assertThat(new Generator(name)).isNotNull();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " ", "Com.Example", "com.Example", "com..example", ".com", "com.", "com.example.",
            "com.class", "default", "com.2fa", "com-example", "com.exa mple", "com/example", "com.example.Client", "über.crm"})
    void refusesAnythingElseNamingIt(String name) {
        assertThatThrownBy(() -> new Generator(name))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessage("Not a usable Java package name: '" + name + "'");
    }
}
