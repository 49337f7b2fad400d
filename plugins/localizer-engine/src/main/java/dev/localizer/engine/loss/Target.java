package dev.localizer.engine.loss;

import java.util.List;

import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.metrics.GroundTruth;
import dev.localizer.engine.scene.Scene;

/**
 * What the network should output for one image: the normalized box ({@code top/H, left/W, height/H, width/W};
 * ignored when absent), whether the object is present, and the index of its class (ignored when absent or with a
 * single class).
 */
public record Target(double[] box, boolean present, int classIndex) {

    public Target {
        if (box.length != 4) {
            throw new IllegalArgumentException("A normalized box has 4 values, got " + box.length);
        }
        box = box.clone();
    }

    /**
     * The target of a scene for a model with the given classes.
     *
     * @throws LocalizerException when the scene's object has a class the model does not know
     */
    public static Target of(Scene scene, List<String> classNames) {
        return of(GroundTruth.of(scene), scene.width(), scene.height(), classNames);
    }

    /**
     * The target of a label of a {@code width × height} image for a model with the given classes.
     *
     * @throws LocalizerException when the label's object has a class the model does not know
     */
    public static Target of(GroundTruth label, int width, int height, List<String> classNames) {
        if (!label.present()) {
            return new Target(new double[4], false, 0);
        }
        int classIndex = classNames.indexOf(label.className());
        if (classIndex < 0) {
            throw new LocalizerException("An object has class '" + label.className() + "', which is not one of the "
                    + "model's classes " + classNames + ": use images of these classes only");
        }
        return new Target(label.box().toNormalized(width, height), true, classIndex);
    }

    @Override
    public double[] box() {
        return box.clone();
    }

    double boxValue(int index) {
        return box[index];
    }
}
