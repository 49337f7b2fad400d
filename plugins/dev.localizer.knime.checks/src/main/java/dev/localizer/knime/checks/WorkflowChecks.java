package dev.localizer.knime.checks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.w3c.dom.Element;

/**
 * Checks an example workflow in KNIME's on-disk format against the plugin's sources: every node folder and
 * settings file exists, the Localizer nodes' settings hold exactly the keys their Settings classes write (each
 * SettingsModel writes its value plus a {@code <key>_Internals} config), and connections join existing nodes on
 * existing, matching ports (port 0 being the flow variable port every node has).
 */
public final class WorkflowChecks {

    /** The bundle that holds the Localizer nodes, as KNIME records it in each node's settings. */
    static final String BUNDLE = "dev.localizer.knime";

    /** Port 0 of every KNIME node is its flow variable port; data ports count from 1 in workflow.knime. */
    private static final int FIRST_DATA_PORT = 1;

    private static final int FLOW_VARIABLE_PORT = 0;

    /** The type the checks give a node's flow variable port, which the node model does not declare. */
    private static final String FLOW_VARIABLES = "flow variables";

    private final PluginChecks m_plugin;

    public WorkflowChecks(final PluginChecks plugin) {
        m_plugin = plugin;
    }

    public List<String> check(final Path workflow) throws IOException {
        List<String> problems = new ArrayList<>();
        String name = workflow.getFileName().toString();
        Element root = Xml.parse(workflow.resolve(WorkflowArchive.WORKFLOW_FILE)).getDocumentElement();
        Set<String> factories = new HashSet<>(m_plugin.factoryClasses());
        Map<String, String> factoryById = new HashMap<>();
        Element nodes = Xml.keyed(root, "nodes").orElse(null);
        if (nodes == null || Xml.children(nodes).isEmpty()) {
            problems.add(name + ": workflow.knime lists no nodes");
            return problems;
        }
        for (Element node : Xml.children(nodes)) {
            String id = Xml.entryValue(node, "id").orElse("?");
            Optional<String> settingsFile = Xml.entryValue(node, "node_settings_file");
            if (settingsFile.isEmpty() || !Files.isRegularFile(workflow.resolve(settingsFile.get()))) {
                problems.add(name + ": node " + id + " has no settings file " + settingsFile.orElse("(none named)"));
                continue;
            }
            Path settings = workflow.resolve(settingsFile.get());
            Element settingsRoot = Xml.parse(settings).getDocumentElement();
            String factory = Xml.entryValue(settingsRoot, "factory").orElse("");
            factoryById.put(id, factory);
            if (factories.contains(factory)) {
                checkLocalizerNode(problems, name + "/" + settingsFile.get(), settingsRoot, m_plugin.node(factory));
            } else if (factory.startsWith(BUNDLE)) {
                problems.add(name + "/" + settingsFile.get() + ": factory " + factory + " is not in plugin.xml");
            }
        }
        Element connections = Xml.keyed(root, "connections").orElse(null);
        if (connections != null) {
            for (Element connection : Xml.children(connections)) {
                checkConnection(problems, name, connection, factoryById, factories);
            }
        }
        return problems;
    }

    private static void checkLocalizerNode(final List<String> problems, final String where, final Element settings,
        final NodeSources node) throws IOException {
        if (!BUNDLE.equals(Xml.entryValue(settings, "node-bundle-symbolic-name").orElse(""))) {
            problems.add(where + ": node-bundle-symbolic-name should be " + BUNDLE);
        }
        Element model = Xml.keyed(settings, "model").orElse(null);
        if (model == null) {
            problems.add(where + ": has no model settings");
            return;
        }
        Map<String, String> keys = new HashMap<>();
        Map<String, List<String>> registrations = node.registrations();
        node.settingsConstants().forEach((constant, key) -> keys.put(key,
            registrations.getOrDefault(constant, List.of("?")).get(0)));
        Set<String> expected = new HashSet<>();
        for (Map.Entry<String, String> key : keys.entrySet()) {
            expected.add(key.getKey());
            expected.add(key.getKey() + "_Internals");
            List<String> format = PluginChecks.SETTINGS_MODEL_FORMATS.get(key.getValue());
            if (format == null) {
                continue; // reported by the settings class check
            }
            Optional<Element> entry = Xml.keyed(model, key.getKey()).filter(e -> "entry".equals(e.getLocalName()));
            if (entry.isPresent() && !format.get(0).equals(entry.get().getAttribute("type"))) {
                problems.add(where + ": " + key.getKey() + " is written by " + key.getValue() + " as type "
                    + format.get(0) + ", but the file says " + entry.get().getAttribute("type"));
            }
            Optional<String> modelType = Xml.keyed(model, key.getKey() + "_Internals")
                .flatMap(internals -> Xml.entryValue(internals, "SettingsModelID"));
            if (modelType.isPresent() && !format.get(1).equals(modelType.get())) {
                problems.add(where + ": " + key.getKey() + "_Internals should say SettingsModelID " + format.get(1)
                    + ", found " + modelType.get());
            }
        }
        Set<String> actual = new HashSet<>();
        Xml.children(model).forEach(child -> actual.add(child.getAttribute("key")));
        Set<String> missing = new HashSet<>(expected);
        missing.removeAll(actual);
        Set<String> unknown = new HashSet<>(actual);
        unknown.removeAll(expected);
        if (!missing.isEmpty()) {
            problems.add(where + ": settings keys missing (the node would refuse to load them): " + missing);
        }
        if (!unknown.isEmpty()) {
            problems.add(where + ": settings keys that " + node.settings().getFileName() + " does not write: " + unknown);
        }
    }

    private void checkConnection(final List<String> problems, final String workflow, final Element connection,
        final Map<String, String> factoryById, final Set<String> factories) throws IOException {
        String source = Xml.entryValue(connection, "sourceID").orElse("?");
        String dest = Xml.entryValue(connection, "destID").orElse("?");
        String where = workflow + ": connection " + source + " → " + dest;
        if (!factoryById.containsKey(source) || !factoryById.containsKey(dest)) {
            problems.add(where + " joins a node that the workflow does not have");
            return;
        }
        int sourcePort = Integer.parseInt(Xml.entryValue(connection, "sourcePort").orElse("-1"));
        int destPort = Integer.parseInt(Xml.entryValue(connection, "destPort").orElse("-1"));
        Optional<String> sourceType = portType(factoryById.get(source), factories, 1, sourcePort, problems, where);
        Optional<String> destType = portType(factoryById.get(dest), factories, 0, destPort, problems, where);
        if (sourceType.isPresent() && destType.isPresent()
            && !sourceType.get().equals(destType.get().replace("TYPE_OPTIONAL", "TYPE"))) {
            problems.add(where + " joins a " + sourceType.get() + " port to a " + destType.get() + " port");
        }
    }

    /** The port's type as the node model writes it, for Localizer nodes; empty for other nodes. */
    private Optional<String> portType(final String factory, final Set<String> factories, final int direction,
        final int port, final List<String> problems, final String where) throws IOException {
        if (!factories.contains(factory)) {
            return Optional.empty();
        }
        if (port == FLOW_VARIABLE_PORT) {
            return Optional.of(FLOW_VARIABLES);
        }
        List<List<String>> ports = m_plugin.node(factory).ports();
        if (ports.isEmpty()) {
            return Optional.empty();
        }
        List<String> types = ports.get(direction);
        int index = port - FIRST_DATA_PORT;
        if (index < 0 || index >= types.size()) {
            problems.add(where + " uses " + (direction == 0 ? "input" : "output") + " port " + port + " of "
                + factory + ", which has data ports " + FIRST_DATA_PORT + "…" + types.size());
            return Optional.empty();
        }
        return Optional.of(types.get(index));
    }
}
