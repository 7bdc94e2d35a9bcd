package dev.fluentcrm.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** swagger-parser, the parser our generator and most Java tools use, accepts the bundle silently. */
class StandardToolsTest {
    @ParameterizedTest
    @ValueSource(strings = {"target/fluentcrm-openapi.yaml", "target/fluentcrm-openapi.json"})
    void swaggerParserReportsNothing(String file) {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult result = new OpenAPIV3Parser()
                .readLocation(Path.of(file).toAbsolutePath().toUri().toString(), null, options);
        assertThat(result.getMessages()).isEmpty();
        assertThat(result.getOpenAPI()).isNotNull();
        assertThat(result.getOpenAPI().getPaths()).isNotEmpty();
    }
}
