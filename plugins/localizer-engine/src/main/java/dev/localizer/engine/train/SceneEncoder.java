package dev.localizer.engine.train;

import java.util.List;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import dev.localizer.engine.loss.Target;
import dev.localizer.engine.model.InputEncoding;
import dev.localizer.engine.scene.Scene;

/**
 * Turns scenes into network inputs and labels. The presence column doubles as the label mask of the box and
 * class outputs, which is what makes their loss terms count only where an object is present.
 */
final class SceneEncoder {

    private final InputEncoding input;
    private final List<String> classNames;

    SceneEncoder(InputEncoding input, List<String> classNames) {
        this.input = input;
        this.classNames = classNames;
    }

    InputEncoding input() {
        return input;
    }

    List<String> classNames() {
        return classNames;
    }

    /** Inputs, labels ({@code box, presence[, class]}) and label masks of the scenes. */
    MultiDataSet encode(List<Scene> scenes) {
        INDArray features = input.encode(scenes.stream().map(Scene::image).toList());
        int n = scenes.size();
        float[] boxes = new float[n * 4];
        float[] presence = new float[n];
        float[] classes = new float[n * classNames.size()];
        List<Target> targets = targets(scenes);
        for (int i = 0; i < n; i++) {
            Target target = targets.get(i);
            if (target.present()) {
                double[] box = target.box();
                for (int j = 0; j < 4; j++) {
                    boxes[i * 4 + j] = (float) box[j];
                }
                presence[i] = 1;
                classes[i * classNames.size() + target.classIndex()] = 1;
            }
        }
        INDArray presenceColumn = Nd4j.create(presence, new long[] {n, 1}, 'c');
        INDArray boxLabels = Nd4j.create(boxes, new long[] {n, 4}, 'c');
        if (classNames.size() > 1) {
            INDArray classLabels = Nd4j.create(classes, new long[] {n, classNames.size()}, 'c');
            return new MultiDataSet(new INDArray[] {features}, new INDArray[] {boxLabels, presenceColumn, classLabels},
                    null, new INDArray[] {presenceColumn, null, presenceColumn});
        }
        return new MultiDataSet(new INDArray[] {features}, new INDArray[] {boxLabels, presenceColumn},
                null, new INDArray[] {presenceColumn, null});
    }

    /** What the network should output for each scene. */
    List<Target> targets(List<Scene> scenes) {
        return scenes.stream().map(scene -> Target.of(scene, classNames)).toList();
    }
}
