package dev.localizer.knime.shared;

import org.knime.core.data.DataColumnSpecCreator;
import org.knime.core.data.DataTableSpec;
import org.knime.core.data.def.BooleanCell;
import org.knime.core.data.def.DoubleCell;
import org.knime.core.data.def.StringCell;
import org.knime.core.data.image.png.PNGImageContent;

/**
 * Column names of labelled scenes (what the Scene Generator writes) and of predictions (what the Predictor
 * appends). Downstream nodes pick these names automatically, so a workflow wired from left to right needs no
 * column choices at all.
 */
public final class SceneColumns {

    public static final String IMAGE = "Image";

    public static final String TOP = "Top";

    public static final String LEFT = "Left";

    public static final String HEIGHT = "Height";

    public static final String WIDTH = "Width";

    public static final String PRESENT = "Present";

    public static final String CLASS = "Class";

    public static final String PREDICTED_TOP = "Predicted Top";

    public static final String PREDICTED_LEFT = "Predicted Left";

    public static final String PREDICTED_HEIGHT = "Predicted Height";

    public static final String PREDICTED_WIDTH = "Predicted Width";

    public static final String PRESENCE_PROBABILITY = "Presence Probability";

    public static final String PREDICTED_PRESENT = "Predicted Present";

    public static final String PREDICTED_CLASS = "Predicted Class";

    public static final String CLASS_PROBABILITY = "Class Probability";

    /** What the Scene Generator outputs: the picture and its true label, box in pixels. */
    public static final DataTableSpec SCENES = new DataTableSpec("Scenes",
        new DataColumnSpecCreator(IMAGE, PNGImageContent.TYPE).createSpec(),
        new DataColumnSpecCreator(TOP, DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator(LEFT, DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator(HEIGHT, DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator(WIDTH, DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator(PRESENT, BooleanCell.TYPE).createSpec(),
        new DataColumnSpecCreator(CLASS, StringCell.TYPE).createSpec());

    /** What the Predictor appends to its input table. */
    public static final DataTableSpec PREDICTIONS = new DataTableSpec(
        new DataColumnSpecCreator(PREDICTED_TOP, DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator(PREDICTED_LEFT, DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator(PREDICTED_HEIGHT, DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator(PREDICTED_WIDTH, DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator(PRESENCE_PROBABILITY, DoubleCell.TYPE).createSpec(),
        new DataColumnSpecCreator(PREDICTED_PRESENT, BooleanCell.TYPE).createSpec(),
        new DataColumnSpecCreator(PREDICTED_CLASS, StringCell.TYPE).createSpec(),
        new DataColumnSpecCreator(CLASS_PROBABILITY, DoubleCell.TYPE).createSpec());

    private SceneColumns() {
    }
}
