package dev.localizer.engine.train;

import java.awt.Rectangle;

import dev.localizer.engine.Label;
import dev.localizer.engine.scene.Scene;

/**
 * What one training step sees of a scene: a region of its picture, resized to the network input (a region smaller
 * than the picture zooms in), its colours changed, and the label of that view, in the pixels of the region scaled to
 * the scene's size. Cropping and recolouring happen while encoding, so no full-size picture is made for them.
 */
record SceneView(Scene scene, Rectangle region, ColourChange colour, Label label) {

    /** The whole scene as it is. */
    static SceneView of(Scene scene) {
        return new SceneView(scene, new Rectangle(scene.width(), scene.height()), ColourChange.NONE, scene.label());
    }

    SceneView withColour(ColourChange change) {
        return new SceneView(scene, region, change, label);
    }

    /** Whether the view shows the scene's picture as it is: all of it, colours unchanged. */
    boolean isWhole() {
        return region.equals(new Rectangle(scene.width(), scene.height())) && colour.equals(ColourChange.NONE);
    }
}
