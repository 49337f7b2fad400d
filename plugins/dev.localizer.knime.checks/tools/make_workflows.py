#!/usr/bin/python3
"""Writes the example workflows in KNIME 5.5's on-disk format (workflow.knime + one settings.xml per node).

The Localizer nodes' settings are written with the key types their Settings classes declare (read from the Java
sources, as the offline checks do); the values below are the examples' choices. Run from anywhere:
    plugins/dev.localizer.knime.checks/tools/make_workflows.py
then run the checks module's tests, which verify the result independently.
"""
import re
import shutil
from pathlib import Path
from xml.sax.saxutils import quoteattr

ROOT = Path(__file__).resolve().parents[3]
NODES = ROOT / "plugins/dev.localizer.knime/src/dev/localizer/knime"
WORKFLOWS = ROOT / "workflows"
NAMESPACE = ('xmlns="http://www.knime.org/2008/09/XMLConfig" '
             'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" '
             'xsi:schemaLocation="http://www.knime.org/2008/09/XMLConfig http://www.knime.org/XMLConfig_2008_09.xsd"')
MODEL_TYPES = {
    "SettingsModelString": ("xstring", "SMID_string"),
    "SettingsModelIntegerBounded": ("xint", "SMID_integer"),
    "SettingsModelDoubleBounded": ("xdouble", "SMID_double"),
    "SettingsModelBoolean": ("xboolean", "SMID_boolean"),
}
LOCALIZER = {
    "bundle": ("Localizer nodes for KNIME", "dev.localizer.knime", "Localizer project", "0.1.0"),
    "feature": ("Localizer nodes for KNIME", "dev.localizer.knime.feature.feature.group", "Localizer project", "0.1.0"),
}


def entry(key, value, kind="xstring"):
    if value is None:
        return f'<entry key={quoteattr(key)} type="{kind}" isnull="true" value=""/>'
    if isinstance(value, bool):
        value = "true" if value else "false"
    return f'<entry key={quoteattr(key)} type="{kind}" value={quoteattr(str(value))}/>'


def config(key, *children):
    if not children:
        return f"<config key={quoteattr(key)}/>"
    inner = "\n".join("    " + line for child in children for line in child.splitlines())
    return f"<config key={quoteattr(key)}>\n{inner}\n</config>"


def settings_source(package, class_name):
    """The class's source after its base classes' found in its package or the shared one (as NodeSources), in the
    order KNIME saves the settings: a base class registers its settings first."""
    for folder in (NODES / package, NODES / "shared"):
        file = folder / f"{class_name}.java"
        if file.exists():
            source = file.read_text()
            base = re.search(r"class\s+\w+\s+extends\s+(\w+)", source)
            return (settings_source(package, base.group(1)) + "\n" if base else "") + source
    return ""


def settings_keys(package, prefix):
    """{key: SettingsModel class} as the node's Settings class and its base classes declare them."""
    source = settings_source(package, f"{prefix}NodeSettings")
    constants = dict(re.findall(r'static\s+final\s+String\s+(CFG_\w+)\s*=\s*"([^"]*)"\s*;', source))
    models = {constant: model for model, constant in
              re.findall(r'new\s+(SettingsModel\w*)\s*\(\s*(CFG_\w+)\s*,', source)}
    return {key: models[constant] for constant, key in constants.items()}


def localizer_model(package, prefix, values):
    keys = settings_keys(package, prefix)
    if set(values) != set(keys):
        raise SystemExit(f"{prefix}: example values {sorted(values)} do not match settings keys {sorted(keys)}")
    children = []
    for key, model in keys.items():
        kind, model_id = MODEL_TYPES[model]
        children.append(config(key + "_Internals", entry("SettingsModelID", model_id),
                               entry("EnabledStatus", True, "xboolean")))
        children.append(entry(key, values[key], kind))
    return config("model", *children)


def location(category, specifier, path):
    return config("path", entry("location_present", True, "xboolean"), entry("file_system_type", category),
                  entry("file_system_specifier", specifier), entry("path", path))


def file_system_internals():
    return config("file_system_chooser__Internals", entry("has_fs_port", False, "xboolean"),
                  entry("overwritten_by_variable", False, "xboolean"),
                  entry("convenience_fs_category", "RELATIVE"), entry("relative_to", "knime.workflow"),
                  entry("mountpoint", "LOCAL"), entry("spaceId", ""), entry("spaceName", ""),
                  entry("custom_url_timeout", 1000, "xint"), entry("connected_fs", True, "xboolean"))


def filter_mode(mode, include_subfolders=False):
    options = config("filter_options",
                     entry("filter_files_extension", False, "xboolean"), entry("files_extension_expression", ""),
                     entry("files_extension_case_sensitive", False, "xboolean"),
                     entry("filter_files_name", False, "xboolean"), entry("files_name_expression", "*"),
                     entry("files_name_case_sensitive", False, "xboolean"),
                     entry("files_name_filter_type", "WILDCARD"),
                     entry("include_hidden_files", False, "xboolean"),
                     entry("include_special_files", True, "xboolean"),
                     entry("filter_folders_name", False, "xboolean"), entry("folders_name_expression", "*"),
                     entry("folders_name_case_sensitive", False, "xboolean"),
                     entry("folders_name_filter_type", "WILDCARD"),
                     entry("include_hidden_folders", False, "xboolean"), entry("follow_links", True, "xboolean"))
    return [config("filter_mode_Internals", entry("SettingsModelID", "SMID_FilterMode"),
                   entry("EnabledStatus", True, "xboolean")),
            config("filter_mode", entry("filter_mode", mode), entry("include_subfolders", include_subfolders, "xboolean"),
                   options)]


def file_chooser(key, model_id, path, mode, *extra):
    """KNIME's file chooser settings (reader or writer) for a path relative to the workflow."""
    return [config(key + "_Internals", entry("SettingsModelID", model_id), entry("EnabledStatus", True, "xboolean")),
            config(key, file_system_internals(), location("RELATIVE", "knime.workflow", path), *filter_mode(mode),
                   *extra)]


def variables(settings):
    """KNIME's flow variable settings: {settings key: flow variable that sets it} (format V_2019_09_13)."""
    return config("variables", entry("version", "V_2019_09_13"),
                  config("tree", *(config(key, entry("used_variable", variable), entry("exposed_variable", None))
                                   for key, variable in settings.items())))


def node_settings(name, factory, model, bundle, feature, creation_groups=None, flow_variables=None):
    bundle_name, bundle_symbolic, vendor, version = bundle
    feature_name, feature_symbolic, feature_vendor, feature_version = feature
    parts = [entry("node_file", "settings.xml"), config("flow_stack"),
             config("internal_node_subsettings", entry("memory_policy", "CacheSmallInMemory")), model]
    if flow_variables:
        parts.append(variables(flow_variables))
    parts += [entry("customDescription", None), entry("state", "IDLE"), entry("factory", factory),
             entry("node-name", name), entry("node-bundle-name", bundle_name),
             entry("node-bundle-symbolic-name", bundle_symbolic), entry("node-bundle-vendor", vendor),
             entry("node-bundle-version", version), entry("node-feature-name", feature_name),
             entry("node-feature-symbolic-name", feature_symbolic), entry("node-feature-vendor", feature_vendor),
             entry("node-feature-version", feature_version), config("factory_settings")]
    if creation_groups is not None:
        parts.append(config("node_creation_config", *(config(group) for group in creation_groups)))
    parts += [entry("name", name), entry("hasContent", False, "xboolean"), entry("isInactive", False, "xboolean"),
              config("ports"), config("filestores", entry("file_store_location", None), entry("file_store_id", None))]
    return document("settings.xml", parts)


def document(key, parts):
    inner = "\n".join("    " + line for part in parts for line in part.splitlines())
    return f'<?xml version="1.0" encoding="UTF-8"?>\n<config {NAMESPACE} key="{key}">\n{inner}\n</config>\n'


KNIME_BASE = ("KNIME Base Nodes", "org.knime.base", "KNIME AG, Zurich, Switzerland", "5.5.0")
KNIME_FILEHANDLING = ("KNIME Filehandling Nodes", "org.knime.filehandling.utility.nodes",
                      "KNIME AG, Zurich, Switzerland", "5.5.0")
KNIME_FEATURE = ("KNIME Core", "org.knime.features.base.feature.group", "KNIME AG, Zurich, Switzerland", "5.5.0")

MODEL_FILE = "../localizer-model.model"


KNIME_OPTIMIZATION = ("KNIME Optimization", "org.knime.optimization", "KNIME AG, Zurich, Switzerland", "5.5.0")
KNIME_OPTIMIZATION_FEATURE = ("KNIME Optimization extension", "org.knime.features.optimization.feature.group",
                              "KNIME AG, Zurich, Switzerland", "5.5.0")
PARAMETER_OPTIMIZATION = "org.knime.optimization.internal.node.parameter."


def localizer_node(name, package, prefix, values, flow_variables=None):
    factory = f"dev.localizer.knime.{package}.{prefix}NodeFactory"
    return name, node_settings(name, factory, localizer_model(package, prefix, values), LOCALIZER["bundle"],
                               LOCALIZER["feature"], flow_variables=flow_variables)


def optimization_node(name, factory):
    """A node of KNIME's Optimization extension, with its own settings left to its dialog: their format is not
    published, and a guessed one would not load."""
    return name, node_settings(name, PARAMETER_OPTIMIZATION + factory, config("model"), KNIME_OPTIMIZATION,
                               KNIME_OPTIMIZATION_FEATURE)


def scene_generator(count, seed):
    return localizer_node("Scene Generator", "scenegenerator", "SceneGenerator", {
        "scene_count": count, "scene_width": 200, "scene_height": 200, "presence_probability": 0.5,
        "scale_min": 0.5, "scale_max": 1.5, "flip_probability": 0.5, "seed": seed, "box_convention": "tight",
        "sprite_locations": "", "background_locations": "", "sprite_image_column": "", "sprite_class_column": None})


def predictor():
    return localizer_node("Localizer Predictor", "predictor", "Predictor", {
        "image_column": "", "presence_threshold": 0.5, "batch_size": 16, "mirror_averaging": True})


def box_renderer(draw_true):
    return localizer_node("Box Renderer", "renderer", "BoxRenderer", {
        "image_column": "", "output_format": "png", "output_column": "Boxes",
        "draw_predicted": True, "predicted_top_column": "", "predicted_left_column": "",
        "predicted_height_column": "", "predicted_width_column": "", "probability_column": "",
        "predicted_class_column": "",
        "draw_true": draw_true, "true_top_column": "", "true_left_column": "", "true_height_column": "",
        "true_width_column": "", "true_present_column": "", "true_class_column": "",
        "predicted_color": "#00c83c", "true_color": "#e61e1e", "stroke_width": 2.0, "show_labels": True,
        "presence_threshold": 0.5})


def learner(epochs=15, time_limit=0, learning_rate=0.002, patience=0, flow_variables=None, image_column="Image",
            validation_fraction=0.1):
    return localizer_node("VGG16 Localizer Learner", "learner", "Learner", {
        "image_column": image_column, "top_column": "Top", "left_column": "Left", "height_column": "Height",
        "width_column": "Width", "present_column": "Present", "class_column": "Class",
        "backbone": "compact", "weights_file": "", "fine_tune_last_block": False, "input_size": 96,
        "epochs": epochs, "batch_size": 32, "learning_rate": learning_rate,
        "box_loss_weight": 3.0, "presence_loss_weight": 0.5, "validation_fraction": validation_fraction,
        "cache_features": True, "augment": True, "time_limit_minutes": time_limit,
        "early_stopping_patience": patience, "min_improvement": 0.001 if patience else 0.0, "seed": 42,
        "device": "auto"}, flow_variables)


def scorer(image_column="Image"):
    return localizer_node("Localizer Scorer", "scorer", "Scorer", {
        "true_top_column": "Top", "true_left_column": "Left", "true_height_column": "Height",
        "true_width_column": "Width", "true_present_column": "Present", "true_class_column": "Class",
        "predicted_top_column": "Predicted Top", "predicted_left_column": "Predicted Left",
        "predicted_height_column": "Predicted Height", "predicted_width_column": "Predicted Width",
        "probability_column": "Presence Probability", "predicted_class_column": "Predicted Class",
        "presence_threshold": 0.5, "image_column": image_column})


def annotation_reader(source, annotation_format):
    return localizer_node("Annotation Reader", "annotationreader", "AnnotationReader", {
        "annotation_source": source, "annotation_format": annotation_format, "object_choice": "largest"})


def model_writer():
    model = config("model", *file_chooser("filechooser", "SMID_WriterFileChooser", MODEL_FILE, "FILE",
                                          entry("create_missing_folders", False, "xboolean"),
                                          entry("if_path_exists", "overwrite")))
    return "Model Writer", node_settings("Model Writer",
                                         "org.knime.base.node.io.filehandling.model.writer.ModelWriterNodeFactory",
                                         model, KNIME_BASE, KNIME_FEATURE, ["File System Connection", "Port Object"])


def model_reader():
    model = config("model", *file_chooser("filechooser", "SMID_ReaderFileChooser", MODEL_FILE, "FILE"))
    return "Model Reader", node_settings("Model Reader",
                                         "org.knime.base.node.io.filehandling.model.reader.ModelReaderNodeFactory",
                                         model, KNIME_BASE, KNIME_FEATURE, ["File System Connection", "Port Object"])


def list_files():
    model = config("model", *file_chooser("file_chooser", "SMID_ReaderFileChooser", "../my-images",
                                          "FILES_IN_FOLDERS"),
                   entry("add_folder_identifier_column", False, "xboolean"),
                   entry("include_root_folder", False, "xboolean"))
    return "List Files/Folders", node_settings(
        "List Files/Folders", "org.knime.filehandling.utility.nodes.listpaths.ListFilesAndFoldersNodeFactory",
        model, KNIME_FILEHANDLING, KNIME_FEATURE, ["File System Connection", "table"])


def workflow(name, description, nodes, connections):
    """nodes: [(id, (node name, settings.xml), x, y)]; connections: [(source, source port, dest, dest port)]."""
    folder = WORKFLOWS / name
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    node_configs = []
    for node_id, (node_name, settings), x, y in nodes:
        node_folder = f"{node_name.replace('/', ' ')} (#{node_id})"
        (folder / node_folder).mkdir()
        (folder / node_folder / "settings.xml").write_text(settings)
        node_configs.append(config(f"node_{node_id}", entry("id", node_id, "xint"),
                                   entry("node_settings_file", f"{node_folder}/settings.xml"),
                                   entry("node_is_meta", False, "xboolean"), entry("node_type", "NativeNode"),
                                   entry("ui_classname", "org.knime.core.node.workflow.NodeUIInformation"),
                                   config("ui_settings", config("extrainfo.node.bounds",
                                                                entry("array-size", 4, "xint"),
                                                                entry("0", x, "xint"), entry("1", y, "xint"),
                                                                entry("2", 110, "xint"), entry("3", 90, "xint")))))
    connection_configs = [config(f"connection_{i}", entry("sourceID", source, "xint"), entry("destID", dest, "xint"),
                                 entry("sourcePort", source_port, "xint"), entry("destPort", dest_port, "xint"))
                          for i, (source, source_port, dest, dest_port) in enumerate(connections)]
    parts = [entry("created_by", "5.5.0"), entry("created_by_nightly", False, "xboolean"),
             entry("version", "5.1.0"), entry("name", None),
             config("authorInformation", entry("authored-by", "Localizer project"),
                    entry("authored-when", "2026-11-25 21:00:00 +0000"),
                    entry("lastEdited-by", "Localizer project"),
                    entry("lastEdited-when", "2026-11-25 21:00:00 +0000")),
             entry("customDescription", description), entry("state", "IDLE"), config("workflow_credentials"),
             config("nodes", *node_configs), config("connections", *connection_configs),
             config("workflow_editor_settings", entry("workflow.editor.snapToGrid", True, "xboolean"),
                    entry("workflow.editor.ShowGrid", False, "xboolean"),
                    entry("workflow.editor.gridX", 20, "xint"), entry("workflow.editor.gridY", 20, "xint"),
                    entry("workflow.editor.zoomLevel", 1.0, "xdouble"),
                    entry("workflow.editor.curvedConnections", False, "xboolean"),
                    entry("workflow.editor.connectionWidth", 1, "xint"))]
    (folder / "workflow.knime").write_text(document("workflow.knime", parts))
    print(folder.relative_to(ROOT))


if __name__ == "__main__":
    workflow("Train and evaluate a localizer",
             "Generates labelled scenes from the bundled sprites and landscapes, trains a localizer, predicts "
             "held-out scenes, scores them and draws predicted (green) and true (red) boxes. The model is saved "
             "next to this workflow as localizer-model.model for the workflow 'Find the object in your own images'.",
             [(1, scene_generator(400, 1), 40, 60), (2, learner(), 220, 60), (3, predictor(), 400, 160),
              (4, scene_generator(100, 7), 220, 220), (5, scorer(), 580, 100), (6, box_renderer(True), 580, 240),
              (7, model_writer(), 400, 20)],
             [(1, 1, 2, 1), (2, 1, 3, 1), (4, 1, 3, 2), (3, 1, 5, 1), (3, 1, 6, 1), (2, 1, 7, 1)])
    workflow("Tune the learning rate",
             "Tries four learning rates of the Learner with KNIME's Parameter Optimization Loop (KNIME Optimization "
             "extension) on a small budget: 300 generated training scenes, 60 validation scenes, 4 epochs of at "
             "most 2 minutes each try, early stopping after 2 epochs without a gain of 0.001; each model is scored "
             "on 100 held-out scenes and the loop keeps the learning rate with the highest mean IoU. "
             "Set up the two loop nodes once in their dialogs (their settings are not stored in this example): "
             "Parameter Optimization Loop Start: one parameter named learning_rate, from 0.0005 to 0.004, "
             "brute force over 0.0005, 0.001, 0.002, 0.004 (or a step of 0.0005 for a finer search); "
             "Parameter Optimization Loop End: maximize the flow variable localizer_mean_iou. The Learner takes "
             "its learning rate from the flow variable learning_rate.",
             [(1, scene_generator(300, 1), 40, 60), (2, scene_generator(60, 2), 40, 200),
              (3, optimization_node("Parameter Optimization Loop Start", "loopstart.LoopStartParOptNodeFactory"),
               220, 20),
              (4, learner(epochs=4, time_limit=2, patience=2, flow_variables={"learning_rate": "learning_rate"}),
               220, 120),
              (5, scene_generator(100, 7), 220, 260), (6, predictor(), 400, 160), (7, scorer(), 580, 160),
              (8, optimization_node("Parameter Optimization Loop End", "loopend.LoopEndParOptNodeFactory"),
               760, 160)],
             [(1, 1, 4, 1), (2, 1, 4, 2), (3, 1, 4, 0), (4, 1, 6, 1), (5, 1, 6, 2), (6, 1, 7, 1), (7, 0, 8, 1)])
    workflow("Find the object in your own images",
             "Finds the object in every picture of the folder my-images next to this workflow with the model that "
             "'Train and evaluate a localizer' saved, and draws the predicted boxes.",
             [(1, model_reader(), 40, 40), (2, list_files(), 40, 180), (3, predictor(), 240, 100),
              (4, box_renderer(False), 420, 100)],
             [(1, 1, 3, 1), (2, 1, 3, 2), (3, 1, 4, 1)])
    workflow("Learn from annotated pictures",
             "Trains a localizer on pictures labelled in an annotation tool: the Annotation Reader reads the 32 "
             "pictures of annotated-pictures/training next to this workflow with their Pascal VOC files, a second "
             "one the 8 pictures of annotated-pictures/held-out with their COCO file; the Learner trains the compact "
             "network for at most 1 minute, the Predictor finds the object in the held-out pictures and the Scorer "
             "compares. Both folders hold the same labels in all three formats (Pascal VOC .xml, YOLO .txt with "
             "classes.txt, COCO annotations.json): switch a reader's format to try another, or point it at your own "
             "pictures.",
             [(1, annotation_reader("knime://knime.workflow/../annotated-pictures/training", "voc"), 40, 60),
              (2, learner(epochs=30, time_limit=1, image_column="Path"), 220, 60),
              (3, annotation_reader("knime://knime.workflow/../annotated-pictures/held-out/annotations.json",
                                    "coco"), 220, 200),
              (4, predictor(), 400, 120), (5, scorer(image_column="Path"), 580, 120)],
             [(1, 1, 2, 1), (2, 1, 4, 1), (3, 1, 4, 2), (4, 1, 5, 1)])
