package vn.antq.internal;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.drools.model.Model;
import vn.antq.pack.PackProblem;
import vn.antq.pack.RulePackException;

/**
 * Reads the executable model that {@code kie-maven-plugin} generated into a rules jar:
 * the file {@code META-INF/kie/<groupId>/<artifactId>/drools-model} lists the generated model classes.
 */
final class ExecutableModel {
    private static final String VERSION_LINE = "Drools-Model-Version:";

    private ExecutableModel() {
    }

    /** @return the model classes of the listed packages, instantiated */
    static List<Model> models(String descriptorPath, String model, List<String> packages, ClassLoader classLoader) {
        String listing = "META-INF/kie/" + model + "/drools-model";
        List<Model> models = new ArrayList<>();
        try (InputStream in = classLoader.getResourceAsStream(listing)) {
            if (in == null) {
                throw problem(descriptorPath, "no executable model " + listing
                        + " on the classpath (was the rules jar built with drools-model-compiler?)", null);
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                String name = line.strip();
                if (!name.isEmpty() && !name.startsWith(VERSION_LINE) && inPackages(name, packages)) {
                    models.add((Model) classLoader.loadClass(name).getConstructor().newInstance());
                }
            }
        } catch (IOException | ReflectiveOperationException | ClassCastException e) {
            throw problem(descriptorPath, "cannot load the executable model " + listing + ": " + e, e);
        }
        return models;
    }

    /** A model class is {@code <rule package>.Rules<hash>}; an empty list takes every package. */
    private static boolean inPackages(String modelClass, List<String> packages) {
        return packages.isEmpty() || packages.contains(modelClass.substring(0, modelClass.lastIndexOf('.')));
    }

    private static RulePackException problem(String file, String message, Throwable cause) {
        List<PackProblem> problems = List.of(new PackProblem(file, 0, message));
        return cause == null ? new RulePackException(problems) : new RulePackException(problems, cause);
    }
}
