package dev.localizer.engine.train;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

import org.nd4j.linalg.api.ndarray.INDArray;
import org.nd4j.linalg.dataset.MultiDataSet;
import org.nd4j.linalg.factory.Nd4j;

import dev.localizer.engine.Label;
import dev.localizer.engine.features.FeatureCache;
import dev.localizer.engine.model.InputEncoding;
import dev.localizer.engine.model.LocalizerModel;
import dev.localizer.engine.scene.Scene;

/**
 * Turns scenes into network inputs and labels. The presence column doubles as the label mask of the box and
 * class outputs, which is what makes their loss terms count only where an object is present. With a frozen
 * pretrained base, the network input is the base's features; given a cache, features of the cached scenes are
 * computed once.
 */
final class SceneEncoder {

    private final LocalizerModel model;
    private final List<String> classNames;
    private final FeatureCache cache;
    private final List<Scene> cachedScenes;
    private final Map<Scene, Integer> cacheIndex = new IdentityHashMap<>();

    SceneEncoder(LocalizerModel model, List<String> classNames) {
        this(model, classNames, null, List.of());
    }

    /** An encoder that caches the network inputs of {@code cachedScenes} in {@code cache}. */
    SceneEncoder(LocalizerModel model, List<String> classNames, FeatureCache cache, List<Scene> cachedScenes) {
        this.model = model;
        this.classNames = classNames;
        this.cache = cache;
        this.cachedScenes = cachedScenes;
        for (int i = 0; i < cachedScenes.size(); i++) {
            cacheIndex.put(cachedScenes.get(i), i);
        }
    }

    /** What the network takes for the scenes: their encoded images, or the base's features of them. */
    INDArray networkInput(List<Scene> scenes) {
        int[] indices = scenes.stream().mapToInt(scene -> cacheIndex.getOrDefault(scene, -1)).toArray();
        if (cache == null || IntStream.of(indices).anyMatch(index -> index < 0)) {
            return computeNetworkInput(scenes);
        }
        return cache.get(indices, missing -> computeNetworkInput(IntStream.of(missing).mapToObj(cachedScenes::get).toList()));
    }

    private INDArray computeNetworkInput(List<Scene> scenes) {
        return computeNetworkInputOfViews(scenes.stream().map(SceneView::of).toList());
    }

    private INDArray computeNetworkInputOfViews(List<SceneView> views) {
        InputEncoding encoding = model.inputEncoding();
        float[] data = encoding.newBatch(views.size());
        int plane = encoding.height() * encoding.width();
        for (int i = 0; i < views.size(); i++) {
            SceneView view = views.get(i);
            int offset = i * encoding.valuesPerImage();
            encoding.encodeInto(view.scene().image(), view.region(), data, offset);
            view.colour().applyTo(data, offset, plane);
        }
        return model.networkInput(encoding.toInput(data, views.size()));
    }

    List<String> classNames() {
        return classNames;
    }

    /** Inputs, labels ({@code box, presence[, class]}) and label masks of the training views. */
    MultiDataSet encode(List<SceneView> views) {
        // a cache holds the features of whole scenes only
        INDArray features = cache != null && views.stream().allMatch(SceneView::isWhole)
                ? networkInput(views.stream().map(SceneView::scene).toList()) : computeNetworkInputOfViews(views);
        int n = views.size();
        float[] boxes = new float[n * 4];
        float[] presence = new float[n];
        float[] classes = new float[n * classNames.size()];
        for (int i = 0; i < n; i++) {
            SceneView view = views.get(i);
            Label label = view.label();
            if (label.present()) {
                double[] box = label.box().toNormalized(view.scene().width(), view.scene().height());
                for (int j = 0; j < 4; j++) {
                    boxes[i * 4 + j] = (float) box[j];
                }
                presence[i] = 1;
                classes[i * classNames.size() + label.classIndex(classNames)] = 1;
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
}
