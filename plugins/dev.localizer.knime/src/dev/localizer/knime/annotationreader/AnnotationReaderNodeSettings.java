package dev.localizer.knime.annotationreader;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;

import org.knime.core.node.InvalidSettingsException;
import org.knime.core.node.defaultnodesettings.SettingsModelString;

import dev.localizer.engine.annotations.AnnotationFormat;
import dev.localizer.engine.annotations.ObjectChoice;
import dev.localizer.knime.shared.LocalFiles;
import dev.localizer.knime.shared.NodeSettingsGroup;

/**
 * Settings of the Annotation Reader: where the annotations are, their format, and what to do with pictures that show
 * several objects; the defaults are the engine's.
 */
final class AnnotationReaderNodeSettings extends NodeSettingsGroup {

    static final String CFG_SOURCE = "annotation_source";

    static final String CFG_FORMAT = "annotation_format";

    static final String CFG_OBJECTS = "object_choice";

    /** The formats as the settings and the dialog name them: voc, coco, yolo. */
    static final String[] FORMATS = names(AnnotationFormat.values());

    /** The object choices as the settings and the dialog name them: largest, single. */
    static final String[] OBJECT_CHOICES = names(ObjectChoice.values());

    /** A local path, a {@code file:} URL or a KNIME URL; empty until the user chooses. */
    final SettingsModelString m_source = register(new SettingsModelString(CFG_SOURCE, ""));

    final SettingsModelString m_format = register(new SettingsModelString(CFG_FORMAT, name(AnnotationFormat.DEFAULT)));

    final SettingsModelString m_objects = register(new SettingsModelString(CFG_OBJECTS, name(ObjectChoice.DEFAULT)));

    @Override
    protected AnnotationReaderNodeSettings createEmpty() {
        return new AnnotationReaderNodeSettings();
    }

    @Override
    protected void checkConsistency() throws InvalidSettingsException {
        requireOneOf(CFG_FORMAT, m_format.getStringValue(), FORMATS);
        requireOneOf(CFG_OBJECTS, m_objects.getStringValue(), OBJECT_CHOICES);
    }

    AnnotationFormat format() {
        return AnnotationFormat.valueOf(m_format.getStringValue().toUpperCase(Locale.ROOT));
    }

    ObjectChoice objectChoice() {
        return ObjectChoice.valueOf(m_objects.getStringValue().toUpperCase(Locale.ROOT));
    }

    /**
     * The annotations on this machine: a folder (Pascal VOC, YOLO) or a JSON file (COCO).
     *
     * @throws InvalidSettingsException when none is chosen, or the location is malformed, remote or missing
     */
    Path source() throws InvalidSettingsException {
        AnnotationFormat format = format();
        String location = optional(m_source.getStringValue());
        if (location == null) {
            throw new InvalidSettingsException("Choose the " + format.title() + " annotations in the dialog: "
                + format.source() + ".");
        }
        Path source = LocalFiles.resolve(location, "annotation source");
        if (!source.toFile().exists()) {
            throw new InvalidSettingsException("The annotation source \"" + location + "\" (" + source
                + ") does not exist. Choose the " + format.title() + " annotations: " + format.source() + ".");
        }
        return source;
    }

    private static String name(final Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    private static String[] names(final Enum<?>[] values) {
        return Arrays.stream(values).map(AnnotationReaderNodeSettings::name).toArray(String[]::new);
    }
}
