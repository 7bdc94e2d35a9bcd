package dev.fluentcrm.codegen.emit.docs;

import com.github.mustachejava.Code;
import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.DefaultMustacheVisitor;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.MustacheVisitor;
import com.github.mustachejava.TemplateContext;
import dev.fluentcrm.codegen.load.SpecException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * Finds and renders the Mustache templates: a file in the override directory wins, otherwise
 * ours from the fluentcrm-templates jar. Escaping follows the output: XML escaping for the
 * {@code .xml} and {@code .html} templates, none for Markdown (HTML entities would show up as text
 * on GitHub).
 */
public final class Templates {
    /** Where our templates live on the class path (in the fluentcrm-templates artifact). */
    public static final String RESOURCE_ROOT = "dev/fluentcrm/templates";

    private final Path overrides;

    /** @param overrides a directory of templates replacing ours by file name, or {@code null} */
    public Templates(Path overrides) {
        if (overrides != null && !Files.isDirectory(overrides)) {
            throw new IllegalArgumentException(
                    "Template directory " + overrides + " does not exist or is not a directory");
        }
        this.overrides = overrides;
    }

    /** Renders {@code name} (e.g. {@code README.md.mustache}) with {@code scope}. */
    public String render(String name, Object scope) {
        Factory factory = new Factory(name.endsWith(".xml.mustache") || name.endsWith(".html.mustache"));
        try {
            Mustache mustache = factory.compile(name);
            TemplateCheck.check(mustache, scope.getClass(), factory.places, describe(name));
            StringWriter out = new StringWriter();
            mustache.execute(out, scope);
            return out.toString();
        } catch (MustacheException e) {
            throw new SpecException("Template " + describe(name) + ": " + e.getMessage(), e);
        }
    }

    /** The place a template is read from, for messages. */
    String describe(String name) {
        Path override = override(name);
        return override != null ? override.toString() : "classpath:" + RESOURCE_ROOT + "/" + name;
    }

    private Path override(String name) {
        if (overrides == null) {
            return null;
        }
        Path candidate = overrides.resolve(name).normalize();
        return candidate.startsWith(overrides.normalize()) && Files.isRegularFile(candidate) ? candidate : null;
    }

    /** One factory per render: Mustache.java caches compiled templates per factory, and overrides may change between runs. */
    private final class Factory extends DefaultMustacheFactory {
        private final boolean xml;
        /** Where each name was written, for {@link TemplateCheck}'s messages. */
        private final Map<Code, TemplateContext> places = new IdentityHashMap<>();

        Factory(boolean xml) {
            super(new Resolver());
            this.xml = xml;
        }

        @Override
        public MustacheVisitor createMustacheVisitor() {
            return new DefaultMustacheVisitor(this) {
                @Override
                public void value(TemplateContext tc, String variable, boolean encoded) {
                    super.value(tc, variable, encoded);
                    remember(tc);
                }

                @Override
                public void iterable(TemplateContext tc, String variable, Mustache section) {
                    super.iterable(tc, variable, section);
                    remember(tc);
                }

                @Override
                public void notIterable(TemplateContext tc, String variable, Mustache section) {
                    super.notIterable(tc, variable, section);
                    remember(tc);
                }

                /** The code just added was written at {@code tc}. */
                private void remember(TemplateContext tc) {
                    places.put(list.get(list.size() - 1), tc);
                }
            };
        }

        @Override
        public void encode(String value, Writer writer) {
            try {
                writer.write(xml ? escapeXml(value) : value);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    private final class Resolver implements MustacheResolver {
        @Override
        public Reader getReader(String resourceName) {
            Path override = override(resourceName);
            if (override == null) {
                // Our own class loader, not the context one: inside Maven that is the plugin realm anyway, elsewhere it
                // may not be.
                InputStream in =
                        Templates.class.getClassLoader().getResourceAsStream(RESOURCE_ROOT + "/" + resourceName);
                return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
            }
            try {
                return Files.newBufferedReader(override, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot read template " + override + ": " + e.getMessage(), e);
            }
        }
    }

    static String escapeXml(String value) {
        return value.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }
}
