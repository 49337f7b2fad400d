package dev.localizer.knime.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the sources of one node say, read without compiling them: the node's classes follow the project's naming
 * ({@code XxxNodeFactory}, {@code XxxNodeModel}, {@code XxxNodeSettings}, {@code XxxNodeDialog} and
 * {@code XxxNodeFactory.xml} in one package), settings keys are {@code static final String CFG_…} constants each
 * given to one {@code new SettingsModel…(CFG_…, …)} (in the Settings class or a base class it extends, found in
 * its own package or the plugin's {@code shared} package; dialog labels likewise), and the model declares its
 * ports as {@code super(new PortType[]{…}, new PortType[]{…}, …)}.
 */
record NodeSources(String factoryClass, Path folder, String prefix) {

    private static final Pattern CONSTANT = Pattern.compile("static\\s+final\\s+String\\s+(CFG_\\w+)\\s*=\\s*\"([^\"]*)\"\\s*;");

    private static final Pattern REGISTRATION = Pattern.compile("new\\s+(SettingsModel\\w*)\\s*\\(\\s*(CFG_\\w+)\\s*,");

    private static final Pattern LITERAL_KEY = Pattern.compile("new\\s+SettingsModel\\w*\\s*\\(\\s*\"");

    private static final Pattern SUPERCLASS = Pattern.compile("class\\s+\\w+\\s+extends\\s+(\\w+)");

    private static final String SHARED_PACKAGE_FOLDER = "shared";

    private static final Pattern PORTS = Pattern.compile(
        "super\\s*\\(\\s*new\\s+PortType\\s*\\[\\s*\\]\\s*\\{([^}]*)\\}\\s*,\\s*new\\s+PortType\\s*\\[\\s*\\]\\s*\\{([^}]*)\\}");

    /** The sources of the node whose factory is {@code factoryClass}, in the plugin's source folder. */
    static NodeSources of(final Path sourceFolder, final String factoryClass) {
        int lastDot = factoryClass.lastIndexOf('.');
        Path folder = sourceFolder.resolve(factoryClass.substring(0, lastDot).replace('.', '/'));
        String simpleName = factoryClass.substring(lastDot + 1);
        String prefix = simpleName.endsWith("NodeFactory")
            ? simpleName.substring(0, simpleName.length() - "NodeFactory".length()) : simpleName;
        return new NodeSources(factoryClass, folder, prefix);
    }

    Path factory() {
        return folder.resolve(prefix + "NodeFactory.java");
    }

    Path description() {
        return folder.resolve(prefix + "NodeFactory.xml");
    }

    Path model() {
        return folder.resolve(prefix + "NodeModel.java");
    }

    Path settings() {
        return folder.resolve(prefix + "NodeSettings.java");
    }

    Path dialog() {
        return folder.resolve(prefix + "NodeDialog.java");
    }

    /** The settings keys by constant name, in declaration order. */
    Map<String, String> settingsConstants() throws IOException {
        Map<String, String> constants = new LinkedHashMap<>();
        Matcher matcher = CONSTANT.matcher(settingsSource());
        while (matcher.find()) {
            constants.put(matcher.group(1), matcher.group(2));
        }
        return constants;
    }

    /** The SettingsModel class each key constant is given to, e.g. CFG_EPOCHS → SettingsModelIntegerBounded. */
    Map<String, List<String>> registrations() throws IOException {
        Map<String, List<String>> registrations = new LinkedHashMap<>();
        Matcher matcher = REGISTRATION.matcher(settingsSource());
        while (matcher.find()) {
            registrations.computeIfAbsent(matcher.group(2), constant -> new ArrayList<>()).add(matcher.group(1));
        }
        return registrations;
    }

    /** Whether some SettingsModel gets its key as a literal instead of a constant the checks can see. */
    boolean hasLiteralKeys() throws IOException {
        return LITERAL_KEY.matcher(settingsSource()).find();
    }

    /** The Dialog class's source followed by those of its base classes found in its package or the shared one. */
    String dialogSource() throws IOException {
        return withBaseClasses(dialog());
    }

    private String settingsSource() throws IOException {
        return withBaseClasses(settings());
    }

    /** The class's source followed by those of the base classes found in its package or the shared one. */
    private String withBaseClasses(final Path classFile) throws IOException {
        StringBuilder source = new StringBuilder();
        Path file = classFile;
        while (file != null) {
            String text = Files.readString(file);
            source.append(text).append('\n');
            Matcher superclass = SUPERCLASS.matcher(text);
            file = superclass.find() ? sourceOf(superclass.group(1)) : null;
        }
        return source.toString();
    }

    /** The source file of a class of this node's package or the shared package, or null (e.g. for KNIME's). */
    private Path sourceOf(final String simpleName) {
        for (Path candidate : List.of(folder.resolve(simpleName + ".java"),
            folder.resolveSibling(SHARED_PACKAGE_FOLDER).resolve(simpleName + ".java"))) {
            if (Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return null;
    }

    /** The input and output port types as written in the model's constructor, or empty lists if not found. */
    List<List<String>> ports() throws IOException {
        Matcher matcher = PORTS.matcher(Files.readString(model()));
        if (!matcher.find()) {
            return Collections.emptyList();
        }
        return List.of(split(matcher.group(1)), split(matcher.group(2)));
    }

    private static List<String> split(final String types) {
        return types.isBlank() ? List.of() : List.of(types.trim().split("\\s*,\\s*"));
    }
}
