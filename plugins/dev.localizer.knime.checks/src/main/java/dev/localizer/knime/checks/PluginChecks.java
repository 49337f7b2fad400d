package dev.localizer.knime.checks;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;

import org.w3c.dom.Element;

/**
 * Checks the KNIME plugin from its sources, as far as possible without KNIME: plugin.xml, every node's classes,
 * description, icon and settings keys. Each check returns the problems it found, as sentences a developer can act
 * on; an empty list means all is well.
 */
public final class PluginChecks {

    /** The node description schema KNIME 5.5 reads. */
    static final String DESCRIPTION_NAMESPACE = "http://knime.org/node/v4.1";

    static final Set<String> NODE_TYPES = Set.of("Source", "Sink", "Learner", "Predictor", "Manipulator",
        "Visualizer", "Widget", "LoopStart", "LoopEnd", "QuickForm", "Configuration", "Other", "Unknown",
        "ScopeStart", "ScopeEnd", "Container");

    /** Require-Bundle entries the nodes are written against (KNIME 5.5 up to, not including, 6). */
    static final List<String> REQUIRED_BUNDLES = List.of("org.knime.core;bundle-version=\"[5.5.0,6.0.0)\"",
        "org.knime.base;bundle-version=\"[5.5.0,6.0.0)\"", "org.knime.ext.svg;bundle-version=\"[5.5.0,6.0.0)\"",
        "org.knime.filehandling.core;bundle-version=\"[5.5.0,6.0.0)\"",
        "org.knime.core.data.uritype;bundle-version=\"[5.5.0,6.0.0)\"", "dev.localizer.libs;");

    /** The order of a description's top-level elements; optional ones may be left out. */
    private static final List<String> TOP_LEVEL_ORDER =
        List.of("name", "shortDescription", "fullDescription", "interactiveView", "ports", "views", "keywords");

    private static final Set<String> REQUIRED_TOP_LEVEL = Set.of("name", "shortDescription", "fullDescription", "ports");

    private static final Pattern DOCUMENTED_KEY = Pattern.compile("\\[\\s*([a-z0-9_]+)\\s*\\]");

    /** How each SettingsModel class writes its value into settings.xml: entry type and model type ID. */
    static final Map<String, List<String>> SETTINGS_MODEL_FORMATS = Map.of(
        "SettingsModelString", List.of("xstring", "SMID_string"),
        "SettingsModelInteger", List.of("xint", "SMID_integer"),
        "SettingsModelIntegerBounded", List.of("xint", "SMID_integer"),
        "SettingsModelDouble", List.of("xdouble", "SMID_double"),
        "SettingsModelDoubleBounded", List.of("xdouble", "SMID_double"),
        "SettingsModelBoolean", List.of("xboolean", "SMID_boolean"));

    private final Path m_plugin;

    public PluginChecks(final Path pluginFolder) {
        m_plugin = pluginFolder;
    }

    Path sourceFolder() {
        return m_plugin.resolve("src");
    }

    /** The factory classes plugin.xml registers as nodes, in order. */
    public List<String> factoryClasses() throws IOException {
        Element plugin = Xml.parse(m_plugin.resolve("plugin.xml")).getDocumentElement();
        List<String> factories = new ArrayList<>();
        for (Element extension : Xml.children(plugin, "extension")) {
            if ("org.knime.workbench.repository.nodes".equals(extension.getAttribute("point"))) {
                for (Element node : Xml.children(extension, "node")) {
                    factories.add(node.getAttribute("factory-class"));
                }
            }
        }
        return factories;
    }

    NodeSources node(final String factoryClass) {
        return NodeSources.of(sourceFolder(), factoryClass);
    }

    /** plugin.xml: categories, nodes and port types name files that exist. */
    public List<String> checkPluginXml() throws IOException {
        List<String> problems = new ArrayList<>();
        Element plugin = Xml.parse(m_plugin.resolve("plugin.xml")).getDocumentElement();
        Set<String> categoryPaths = new HashSet<>();
        for (Element extension : Xml.children(plugin, "extension")) {
            String point = extension.getAttribute("point");
            switch (point) {
                case "org.knime.workbench.repository.categories" -> {
                    for (Element category : Xml.children(extension, "category")) {
                        String path = category.getAttribute("path");
                        categoryPaths.add((path.endsWith("/") ? path : path + "/") + category.getAttribute("level-id"));
                        checkIcon(problems, "plugin.xml category " + category.getAttribute("level-id"),
                            m_plugin.resolve(category.getAttribute("icon")));
                    }
                }
                case "org.knime.workbench.repository.nodes" -> {
                    for (Element node : Xml.children(extension, "node")) {
                        if (!categoryPaths.contains(node.getAttribute("category-path"))) {
                            problems.add("Node " + node.getAttribute("factory-class") + " is in category "
                                + node.getAttribute("category-path") + ", which plugin.xml does not define "
                                + "(defined: " + categoryPaths + ")");
                        }
                    }
                }
                case "org.knime.core.PortType" -> {
                    for (Element portType : Xml.children(extension, "portType")) {
                        for (String attribute : List.of("objectClass", "objectSerializer", "specClass", "specSerializer")) {
                            requireClass(problems, "port type " + attribute, portType.getAttribute(attribute));
                        }
                    }
                }
                default -> problems.add("plugin.xml uses an extension point the checks do not know: " + point);
            }
        }
        List<String> factories = factoryClasses();
        if (factories.isEmpty()) {
            problems.add("plugin.xml registers no nodes");
        }
        for (String factory : factories) {
            requireClass(problems, "node factory", factory);
            NodeSources node = node(factory);
            for (Path file : List.of(node.description(), node.model(), node.settings(), node.dialog())) {
                requireFile(problems, "file of node " + factory, file);
            }
        }
        return problems;
    }

    /**
     * The bundle's manifest and build.properties: the KNIME bundles and the libs bundle are required in the
     * versions the nodes are written for, and the jar carries plugin.xml, the icons and the classes.
     */
    public List<String> checkBundle() throws IOException {
        List<String> problems = new ArrayList<>();
        String manifest = Files.readString(m_plugin.resolve("META-INF/MANIFEST.MF")).replace("\r\n ", "")
            .replace("\n ", "");
        for (String required : REQUIRED_BUNDLES) {
            if (!manifest.contains(required)) {
                problems.add("META-INF/MANIFEST.MF should require " + required);
            }
        }
        if (!manifest.contains("Bundle-SymbolicName: " + WorkflowChecks.BUNDLE + ";singleton:=true")) {
            problems.add("META-INF/MANIFEST.MF should name the bundle " + WorkflowChecks.BUNDLE
                + " as a singleton (it contributes extensions)");
        }
        String build = Files.readString(m_plugin.resolve("build.properties"));
        for (String included : List.of("META-INF/", "plugin.xml", "icons/")) {
            if (!build.contains(included)) {
                problems.add("build.properties should include " + included + " in bin.includes");
            }
        }
        return problems;
    }

    /** One node's description: well-formed, in KNIME's schema order, every port and every setting documented. */
    public List<String> checkDescription(final String factoryClass) throws IOException {
        NodeSources node = node(factoryClass);
        List<String> problems = new ArrayList<>();
        String where = node.description().getFileName().toString();
        Element root = Xml.parse(node.description()).getDocumentElement();
        if (!"knimeNode".equals(root.getLocalName()) || !DESCRIPTION_NAMESPACE.equals(root.getNamespaceURI())) {
            problems.add(where + ": the root must be <knimeNode> in namespace " + DESCRIPTION_NAMESPACE + ", found <"
                + root.getTagName() + "> in " + root.getNamespaceURI());
            return problems;
        }
        if (!NODE_TYPES.contains(root.getAttribute("type"))) {
            problems.add(where + ": unknown node type \"" + root.getAttribute("type") + "\"; use one of " + NODE_TYPES);
        }
        checkIcon(problems, where, node.folder().resolve(root.getAttribute("icon")));
        checkTopLevelOrder(problems, where, root);

        Map<String, String> optionTexts = new LinkedHashMap<>();
        Xml.child(root, "fullDescription").ifPresent(full -> collectOptions(problems, where, full, optionTexts));
        checkOptionsAgainstSettings(problems, where, node, optionTexts);
        Xml.child(root, "ports").ifPresent(ports -> {
            try {
                checkPorts(problems, where, node, ports);
            } catch (IOException e) {
                problems.add(where + ": cannot read " + node.model() + ": " + e.getMessage());
            }
        });
        return problems;
    }

    /** One node's Settings class: every key a constant, unique, given to exactly one known SettingsModel. */
    public List<String> checkSettingsClass(final String factoryClass) throws IOException {
        NodeSources node = node(factoryClass);
        List<String> problems = new ArrayList<>();
        String where = node.settings().getFileName().toString();
        if (node.hasLiteralKeys()) {
            problems.add(where + ": a SettingsModel gets its key as a string literal; declare it as a CFG_ constant");
        }
        Map<String, String> constants = node.settingsConstants();
        if (constants.isEmpty()) {
            problems.add(where + ": declares no CFG_ key constants");
        }
        if (new HashSet<>(constants.values()).size() != constants.size()) {
            problems.add(where + ": two CFG_ constants share a key: " + constants);
        }
        Map<String, List<String>> registrations = node.registrations();
        for (String constant : constants.keySet()) {
            List<String> models = registrations.getOrDefault(constant, List.of());
            if (models.size() != 1) {
                problems.add(where + ": " + constant + " should be given to exactly one new SettingsModel…, found "
                    + models.size());
            } else if (!SETTINGS_MODEL_FORMATS.containsKey(models.get(0))) {
                problems.add(where + ": " + constant + " uses " + models.get(0)
                    + ", whose settings.xml format the checks do not know; add it to SETTINGS_MODEL_FORMATS");
            }
        }
        for (String constant : registrations.keySet()) {
            if (!constants.containsKey(constant)) {
                problems.add(where + ": " + constant + " is used but not declared as a String constant here");
            }
        }
        return problems;
    }

    private static void checkTopLevelOrder(final List<String> problems, final String where, final Element root) {
        int last = -1;
        Set<String> seen = new HashSet<>();
        for (Element child : Xml.children(root)) {
            int position = TOP_LEVEL_ORDER.indexOf(child.getLocalName());
            if (position < 0) {
                problems.add(where + ": unexpected element <" + child.getLocalName() + "> in <knimeNode>");
            } else if (position <= last) {
                problems.add(where + ": <" + child.getLocalName() + "> is out of order or repeated; the order is "
                    + TOP_LEVEL_ORDER);
            } else {
                last = position;
                seen.add(child.getLocalName());
                if (child.getTextContent().isBlank()) {
                    problems.add(where + ": <" + child.getLocalName() + "> is empty");
                }
            }
        }
        for (String required : REQUIRED_TOP_LEVEL) {
            if (!seen.contains(required)) {
                problems.add(where + ": <" + required + "> is missing");
            }
        }
    }

    private static void collectOptions(final List<String> problems, final String where, final Element full,
        final Map<String, String> optionTexts) {
        List<Element> children = Xml.children(full);
        if (children.isEmpty() || !"intro".equals(children.get(0).getLocalName())) {
            problems.add(where + ": <fullDescription> must start with <intro>");
        }
        boolean hasOptions = !Xml.children(full, "option").isEmpty();
        boolean hasTabs = !Xml.children(full, "tab").isEmpty();
        if (hasOptions && hasTabs) {
            problems.add(where + ": <fullDescription> mixes <option> and <tab>; the schema allows one or the other");
        }
        List<Element> options = new ArrayList<>(Xml.children(full, "option"));
        for (Element tab : Xml.children(full, "tab")) {
            List<Element> tabOptions = Xml.children(tab, "option");
            if (tabOptions.isEmpty()) {
                problems.add(where + ": tab \"" + tab.getAttribute("name") + "\" has no options");
            }
            options.addAll(tabOptions);
        }
        for (Element option : options) {
            String name = option.getAttribute("name");
            if (name.isBlank()) {
                problems.add(where + ": an option has no name");
            } else if (optionTexts.put(name, option.getTextContent()) != null) {
                problems.add(where + ": option \"" + name + "\" is documented twice");
            }
        }
    }

    /** Each option documents exactly one settings key, and each key is documented by exactly one option. */
    private static void checkOptionsAgainstSettings(final List<String> problems, final String where,
        final NodeSources node, final Map<String, String> optionTexts) {
        Set<String> keys;
        String dialog;
        try {
            keys = new HashSet<>(node.settingsConstants().values());
            dialog = node.dialogSource();
        } catch (IOException e) {
            problems.add(where + ": cannot read the node's settings or dialog source: " + e.getMessage());
            return;
        }
        Set<String> documented = new HashSet<>();
        optionTexts.forEach((name, text) -> {
            Matcher matcher = DOCUMENTED_KEY.matcher(text);
            List<String> found = new ArrayList<>();
            while (matcher.find()) {
                found.add(matcher.group(1));
            }
            if (found.size() != 1 || !keys.contains(found.get(0))) {
                problems.add(where + ": option \"" + name + "\" should name exactly one settings key in brackets, "
                    + "one of " + keys + "; found " + found);
            } else if (!documented.add(found.get(0))) {
                problems.add(where + ": settings key " + found.get(0) + " is documented by two options");
            }
            if (!dialog.contains("\"" + name + "\"")) {
                problems.add(where + ": option \"" + name + "\" is not a label in " + node.dialog().getFileName()
                    + "; the description should use the dialog's words");
            }
        });
        for (String key : keys) {
            if (!documented.contains(key)) {
                problems.add(where + ": settings key " + key + " is not documented by any option");
            }
        }
    }

    private static void checkPorts(final List<String> problems, final String where, final NodeSources node,
        final Element ports) throws IOException {
        List<List<String>> declared = node.ports();
        if (declared.isEmpty()) {
            problems.add(where + ": cannot find super(new PortType[]{…}, new PortType[]{…}, …) in "
                + node.model().getFileName() + ", so the ports cannot be checked");
            return;
        }
        checkPortList(problems, where, Xml.children(ports, "inPort"), declared.get(0).size(), "input");
        checkPortList(problems, where, Xml.children(ports, "outPort"), declared.get(1).size(), "output");
    }

    private static void checkPortList(final List<String> problems, final String where, final List<Element> ports,
        final int expected, final String direction) {
        if (ports.size() != expected) {
            problems.add(where + ": documents " + ports.size() + " " + direction + " ports, the node model has "
                + expected);
        }
        for (int i = 0; i < ports.size(); i++) {
            Element port = ports.get(i);
            if (!Integer.toString(i).equals(port.getAttribute("index"))) {
                problems.add(where + ": " + direction + " port number " + i + " has index \""
                    + port.getAttribute("index") + "\"");
            }
            if (port.getAttribute("name").isBlank() || port.getTextContent().isBlank()) {
                problems.add(where + ": " + direction + " port " + i + " needs a name and a description");
            }
        }
    }

    private static void checkIcon(final List<String> problems, final String where, final Path icon) {
        if (!Files.isRegularFile(icon)) {
            problems.add(where + ": icon " + icon + " does not exist");
            return;
        }
        try {
            BufferedImage image = ImageIO.read(icon.toFile());
            if (image == null || image.getWidth() != 16 || image.getHeight() != 16) {
                problems.add(where + ": icon " + icon.getFileName() + " must be a 16×16 PNG, found "
                    + (image == null ? "no image" : image.getWidth() + "×" + image.getHeight()));
            }
        } catch (IOException e) {
            problems.add(where + ": icon " + icon.getFileName() + " cannot be read: " + e.getMessage());
        }
    }

    private void requireClass(final List<String> problems, final String role, final String className) {
        String outer = className.contains("$") ? className.substring(0, className.indexOf('$')) : className;
        Path source = sourceFolder().resolve(outer.replace('.', '/') + ".java");
        if (!Files.isRegularFile(source)) {
            problems.add("plugin.xml names " + role + " " + className + ", but " + source + " does not exist");
            return;
        }
        if (className.contains("$")) {
            String nested = className.substring(className.indexOf('$') + 1);
            try {
                if (!Pattern.compile("\\bclass\\s+" + Pattern.quote(nested) + "\\b").matcher(Files.readString(source))
                    .find()) {
                    problems.add("plugin.xml names " + role + " " + className + ", but " + source.getFileName()
                        + " has no nested class " + nested);
                }
            } catch (IOException e) {
                problems.add("cannot read " + source + ": " + e.getMessage());
            }
        }
    }

    private static void requireFile(final List<String> problems, final String role, final Path file) {
        if (!Files.isRegularFile(file)) {
            problems.add("The " + role + " " + file + " does not exist");
        }
    }
}
