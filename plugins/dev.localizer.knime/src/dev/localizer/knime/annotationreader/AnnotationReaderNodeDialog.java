package dev.localizer.knime.annotationreader;

import javax.swing.JFileChooser;

import org.knime.core.node.defaultnodesettings.DefaultNodeSettingsPane;
import org.knime.core.node.defaultnodesettings.DialogComponentFileChooser;
import org.knime.core.node.defaultnodesettings.DialogComponentStringSelection;

/** Dialog of the Annotation Reader; labels match the option names of its description. */
final class AnnotationReaderNodeDialog extends DefaultNodeSettingsPane {

    AnnotationReaderNodeDialog() {
        AnnotationReaderNodeSettings settings = new AnnotationReaderNodeSettings();
        setDefaultTabTitle("Annotations");
        addDialogComponent(new DialogComponentStringSelection(settings.m_format, "Format",
            AnnotationReaderNodeSettings.FORMATS));
        // files and folders: a COCO source is a JSON file, a Pascal VOC or YOLO source a folder
        DialogComponentFileChooser source = new DialogComponentFileChooser(settings.m_source,
            "dev.localizer.knime.annotationreader.source", JFileChooser.OPEN_DIALOG, false);
        source.setBorderTitle("Annotation folder (VOC, YOLO) or JSON file (COCO)");
        addDialogComponent(source);
        addDialogComponent(new DialogComponentStringSelection(settings.m_objects, "Pictures with several objects",
            AnnotationReaderNodeSettings.OBJECT_CHOICES));
    }
}
