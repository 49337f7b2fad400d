package dev.localizer.knime.shared;

import java.util.Arrays;
import java.util.stream.Stream;

import org.knime.core.data.DataColumnSpec;
import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.DataType;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageContent;

/**
 * Column names of labelled scenes (what the Scene Generator and the Annotation Reader write) and of predictions
 * (what the Predictor appends). Downstream nodes pick these names automatically, so a workflow wired from left to
 * right needs no column choices at all.
 */
public final class SceneColumns {

    public static final String IMAGE = "Image";

    /** Where a picture is: its file's local path, as a string (the Annotation Reader's picture column). */
    public static final String PATH = "Path";

    public static final String TOP = "Top";

    public static final String LEFT = "Left";

    public static final String HEIGHT = "Height";

    public static final String WIDTH = "Width";

    public static final String PRESENT = "Present";

    public static final String CLASS = "Class";

    /** Starts the names of the Predictor's columns, e.g. "Predicted Top". */
    public static final String PREDICTED = "Predicted ";

    public static final String PREDICTED_TOP = PREDICTED + TOP;

    public static final String PREDICTED_LEFT = PREDICTED + LEFT;

    public static final String PREDICTED_HEIGHT = PREDICTED + HEIGHT;

    public static final String PREDICTED_WIDTH = PREDICTED + WIDTH;

    public static final String PRESENCE_PROBABILITY = "Presence Probability";

    public static final String PREDICTED_PRESENT = "Predicted Present";

    public static final String PREDICTED_CLASS = "Predicted Class";

    public static final String CLASS_PROBABILITY = "Class Probability";

    /** What the Scene Generator outputs: the picture and its true label, box in pixels. */
    public static final DataTableSpec SCENES = new DataTableSpec("Scenes", columns(column(IMAGE, PNGImageContent.TYPE),
        boxColumns(""), column(PRESENT, BooleanCell.TYPE), column(CLASS, StringCell.TYPE)));

    /** What the Annotation Reader outputs: where each picture is and its label, box in pixels. */
    public static final DataTableSpec ANNOTATED_PICTURES = new DataTableSpec("Annotated pictures",
        columns(column(PATH, StringCell.TYPE), boxColumns(""), column(PRESENT, BooleanCell.TYPE),
            column(CLASS, StringCell.TYPE)));

    /** What the Predictor appends to its input table. */
    public static final DataTableSpec PREDICTIONS = new DataTableSpec(columns(boxColumns(PREDICTED),
        column(PRESENCE_PROBABILITY, DoubleCell.TYPE), column(PREDICTED_PRESENT, BooleanCell.TYPE),
        column(PREDICTED_CLASS, StringCell.TYPE), column(CLASS_PROBABILITY, DoubleCell.TYPE)));

    private SceneColumns() {
    }

    /** The four pixel-box columns, each name {@code prefix} followed by Top, Left, Height or Width. */
    private static DataColumnSpec[] boxColumns(final String prefix) {
        return Stream.of(TOP, LEFT, HEIGHT, WIDTH).map(part -> spec(prefix + part, DoubleCell.TYPE))
            .toArray(DataColumnSpec[]::new);
    }

    private static DataColumnSpec[] column(final String name, final DataType type) {
        return new DataColumnSpec[]{spec(name, type)};
    }

    private static DataColumnSpec spec(final String name, final DataType type) {
        return new DataColumnSpecCreator(name, type).createSpec();
    }

    private static DataColumnSpec[] columns(final DataColumnSpec[]... groups) {
        return Arrays.stream(groups).flatMap(Arrays::stream).toArray(DataColumnSpec[]::new);
    }
}
