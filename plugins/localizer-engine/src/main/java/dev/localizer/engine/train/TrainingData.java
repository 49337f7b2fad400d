package dev.localizer.engine.train;

import java.util.List;
import java.util.Objects;
import java.util.TreeSet;
import java.util.function.Supplier;

import dev.localizer.engine.ClassNames;
import dev.localizer.engine.LocalizerException;
import dev.localizer.engine.scene.Scene;

/** The scenes a model learns from: a fixed list, or a source of fresh scenes (e.g. the scene generator). */
public sealed interface TrainingData {

    /** The object classes, in the order of the class head. */
    List<String> classNames();

    /**
     * A fixed list of scenes, of which the config's validation fraction is held out; the classes are the sorted class
     * names of the scenes with an object.
     */
    static TrainingData of(List<Scene> scenes) {
        return new SceneList(List.copyOf(scenes), List.copyOf(classesToLearn(scenes, List.of())));
    }

    /**
     * Scenes to train on and scenes of their own to validate on (the validation fraction does not apply); the
     * classes are the sorted class names of both.
     */
    static TrainingData of(List<Scene> training, List<Scene> validation) {
        if (validation.isEmpty()) {
            throw new LocalizerException("The validation scenes are empty: give some labelled images to validate on, "
                    + "or none at all to hold out a share of the training scenes");
        }
        return new SplitSceneList(List.copyOf(training), List.copyOf(validation),
                List.copyOf(classesToLearn(training, validation)));
    }

    private static TreeSet<String> classesToLearn(List<Scene> training, List<Scene> validation) {
        if (training.isEmpty()) {
            throw new LocalizerException("There are no scenes to train on: give at least a few dozen labelled images");
        }
        TreeSet<String> names = new TreeSet<>();
        for (List<Scene> scenes : List.of(training, validation)) {
            for (Scene scene : scenes) {
                if (scene.label().present()) {
                    names.add(scene.label().className());
                }
            }
        }
        if (training.stream().noneMatch(scene -> scene.label().present())) {
            throw new LocalizerException("None of the " + training.size() + " scenes contains an object, so there are "
                    + "no boxes to learn: add scenes with an object");
        }
        checkClassNames(List.copyOf(names));
        return names;
    }

    /**
     * Fresh scenes every batch, drawn in order from {@code source} on one background thread (so that a source
     * seeded once gives the same training run every time).
     */
    static TrainingData generated(Supplier<Scene> source, List<String> classNames) {
        Objects.requireNonNull(source, "source");
        if (classNames.isEmpty()) {
            throw new LocalizerException("Generated training data needs the names of its object classes, got none");
        }
        checkClassNames(classNames);
        return new SceneStream(source, List.copyOf(classNames));
    }

    /** The class names go into the model file, whose reader refuses names that are not printable. */
    private static void checkClassNames(List<String> classNames) {
        try {
            ClassNames.check(classNames);
        } catch (LocalizerException e) {
            throw new LocalizerException("The scenes cannot be trained on: " + e.getMessage(), e);
        }
    }

    /** A fixed list of scenes. */
    record SceneList(List<Scene> scenes, List<String> classNames) implements TrainingData {
    }

    /** A fixed list of scenes to train on and one to validate on. */
    record SplitSceneList(List<Scene> training, List<Scene> validation, List<String> classNames) implements TrainingData {
    }

    /** A source of fresh scenes. */
    record SceneStream(Supplier<Scene> source, List<String> classNames) implements TrainingData {
    }
}
