package vn.antq.api;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Pins the promise that Drools stays behind antq's own types: no public or protected member of a public
 * type outside {@code vn.antq.internal} mentions a Drools or KIE type, and every package has a
 * package-info.java.
 */
class PublicApiTest {
    private static final Path CLASSES = Path.of("target", "classes");
    private static final Path SOURCES = Path.of("src", "main", "java");

    @Test
    void noPublicSignatureOutsideTheInternalPackageMentionsDroolsOrKie() throws Exception {
        List<String> leaks = new ArrayList<>();
        for (Class<?> type : apiClasses()) {
            for (Method m : type.getDeclaredMethods()) {
                if (visible(m.getModifiers())) {
                    check(type, m.getName(), m.getGenericReturnType(), leaks);
                    checkParameters(type, m, leaks);
                }
            }
            for (Constructor<?> c : type.getDeclaredConstructors()) {
                if (visible(c.getModifiers())) {
                    checkParameters(type, c, leaks);
                }
            }
            for (Field f : type.getDeclaredFields()) {
                if (visible(f.getModifiers())) {
                    check(type, f.getName(), f.getGenericType(), leaks);
                }
            }
            check(type, "extends", type.getGenericSuperclass(), leaks);
        }
        assertEquals(List.of(), leaks);
    }

    @Test
    void everyPackageHasAPackageInfo() throws IOException {
        try (Stream<Path> dirs = Files.walk(SOURCES)) {
            List<Path> missing = dirs.filter(Files::isDirectory)
                    .filter(d -> hasJava(d) && !Files.exists(d.resolve("package-info.java")))
                    .toList();
            assertTrue(missing.isEmpty(), () -> "packages without package-info.java: " + missing);
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Class<?>> apiClasses() throws IOException, ClassNotFoundException {
        List<Class<?>> classes = new ArrayList<>();
        try (Stream<Path> files = Files.walk(CLASSES)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class")).toList()) {
                String name = CLASSES.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                if (name.startsWith("vn.antq.internal.") || name.endsWith("package-info")) {
                    continue;
                }
                Class<?> type = Class.forName(name, false, PublicApiTest.class.getClassLoader());
                if (Modifier.isPublic(type.getModifiers())) {
                    classes.add(type);
                }
            }
        }
        return classes;
    }

    private static void checkParameters(Class<?> type, Executable e, List<String> leaks) {
        for (Type p : e.getGenericParameterTypes()) {
            check(type, e.getName(), p, leaks);
        }
    }

    private static void check(Class<?> owner, String member, Type type, List<String> leaks) {
        if (type != null && (type.getTypeName().contains("org.kie.") || type.getTypeName().contains("org.drools."))) {
            leaks.add(owner.getName() + "#" + member + ": " + type.getTypeName());
        }
    }

    private static boolean visible(int modifiers) {
        return Modifier.isPublic(modifiers) || Modifier.isProtected(modifiers);
    }
}
