package dev.fluentcrm.codegen.emit.docs;

import com.github.mustachejava.Code;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.ValueCode;
import dev.fluentcrm.codegen.load.SpecException;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.Iterator;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Checks, before rendering, that every name a template uses is one its scope has: Mustache would
 * render a misspelt {@code {{projcet.name}}} as nothing. The scope is a tree of records
 * ({@link DocsModel}); a section over a list makes its element the innermost scope, and a name is
 * looked up from the innermost scope outwards, as Mustache does.
 */
final class TemplateCheck {
    private final Map<Code, TemplateContext> places;
    private final String template;

    private TemplateCheck(Map<Code, TemplateContext> places, String template) {
        this.places = places;
        this.template = template;
    }

    /**
     * @param places where each code of the template was written, as the parser reported it
     * @param template the template as a message names it
     * @throws SpecException naming the template, the line and the name, when a name is not in scope
     */
    static void check(Mustache mustache, Class<?> scope, Map<Code, TemplateContext> places, String template) {
        Deque<Type> scopes = new ArrayDeque<>();
        scopes.push(scope);
        new TemplateCheck(places, template).walk(mustache.getCodes(), scopes);
    }

    private void walk(Code[] codes, Deque<Type> scopes) {
        if (codes == null) {
            return;
        }
        for (Code code : codes) {
            if (code instanceof ValueCode) {
                resolve(code, scopes);
            } else if (code instanceof NotIterableCode) {
                resolve(code, scopes);
                walk(code.getCodes(), scopes);
            } else if (code instanceof IterableCode) {
                Type type = resolve(code, scopes);
                Optional<Type> inner = sectionScope(type);
                inner.ifPresent(scopes::push);
                walk(code.getCodes(), scopes);
                inner.ifPresent(pushed -> scopes.pop());
            } else {
                walk(code.getCodes(), scopes);
            }
        }
    }

    /** The type {@code code}'s name stands for, from the innermost scope that has it. */
    private Type resolve(Code code, Deque<Type> scopes) {
        String name = code.getName();
        if (name.equals(".")) {
            return scopes.peek();
        }
        String[] parts = name.split("\\.");
        for (Iterator<Type> outward = scopes.iterator(); outward.hasNext(); ) {
            Optional<Type> found = member(outward.next(), parts[0]);
            if (found.isPresent()) {
                Type type = found.get();
                for (int i = 1; i < parts.length; i++) {
                    Type owner = type;
                    type = member(owner, parts[i]).orElseThrow(() -> unknown(code, name, owner));
                }
                return type;
            }
        }
        throw unknown(code, name, scopes.peek());
    }

    private SpecException unknown(Code code, String name, Type scope) {
        TemplateContext place = places.get(code);
        String line = place == null ? "" : ":" + place.line();
        return new SpecException("Template " + template + line + ": no variable '" + name + "' here ("
                + simpleName(scope) + " has " + names(scope) + "; see templates/README.md)");
    }

    /** The type of {@code owner}'s member {@code name}: a record component (or an accessor method). */
    private static Optional<Type> member(Type owner, String name) {
        Class<?> type = raw(owner);
        if (type.isRecord()) {
            return Arrays.stream(type.getRecordComponents())
                    .filter(component -> component.getName().equals(name))
                    .map(RecordComponent::getGenericType)
                    .findFirst();
        }
        try {
            Method method = type.getMethod(name);
            return Optional.of(method.getGenericReturnType());
        } catch (NoSuchMethodException e) {
            return Optional.empty();
        }
    }

    /** What a section over a value of {@code type} sees as its innermost scope: a list's element, a record; nothing new for a flag. */
    private static Optional<Type> sectionScope(Type type) {
        if (type instanceof ParameterizedType parameterized && Collection.class.isAssignableFrom(raw(type))) {
            return Optional.of(parameterized.getActualTypeArguments()[0]);
        }
        Class<?> raw = raw(type);
        return raw == boolean.class || raw == Boolean.class ? Optional.empty() : Optional.of(type);
    }

    private static Class<?> raw(Type type) {
        if (type instanceof Class<?> cls) {
            return cls;
        }
        if (type instanceof ParameterizedType parameterized) {
            return (Class<?>) parameterized.getRawType();
        }
        return Object.class;
    }

    private static String simpleName(Type type) {
        return raw(type).getSimpleName();
    }

    private static String names(Type type) {
        Class<?> raw = raw(type);
        return raw.isRecord()
                ? Arrays.stream(raw.getRecordComponents())
                        .map(RecordComponent::getName)
                        .collect(Collectors.joining(", "))
                : "no variables";
    }
}
