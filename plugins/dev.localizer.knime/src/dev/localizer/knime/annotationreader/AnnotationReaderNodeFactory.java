package dev.localizer.knime.annotationreader;

import org.knime.core.node.NodeDialogPane;

import dev.localizer.knime.shared.DialogNodeFactory;

/** The Annotation Reader node. */
public final class AnnotationReaderNodeFactory extends DialogNodeFactory<AnnotationReaderNodeModel> {

    @Override
    public AnnotationReaderNodeModel createNodeModel() {
        return new AnnotationReaderNodeModel();
    }

    @Override
    protected NodeDialogPane createNodeDialogPane() {
        return new AnnotationReaderNodeDialog();
    }
}
