package dev.localizer.engine.annotations;

import java.util.ArrayList;
import java.util.List;

import dev.localizer.engine.Label;
import dev.localizer.engine.LocalizerException;

/**
 * What to do with images that show several objects, since a localizer finds one object per image.
 */
public enum ObjectChoice {
    /** Keep every image, with its largest object (by box area; the first listed among equals). */
    LARGEST,
    /** Keep only the images with at most one object; drop the others. */
    SINGLE;

    /** Every image stays: a user's labelled photos are too precious to drop unasked. */
    public static final ObjectChoice DEFAULT = LARGEST;

    /**
     * The images of the set, each with at most one object, and what was left out.
     *
     * @throws LocalizerException when no image is left
     */
    public Selection choose(Annotations annotations) {
        List<AnnotatedImage> kept = new ArrayList<>();
        int several = 0;
        int droppedObjects = 0;
        int droppedImages = 0;
        for (AnnotatedImage image : annotations.images()) {
            List<Label> objects = image.objects();
            if (objects.size() <= 1) {
                kept.add(image);
                continue;
            }
            several++;
            droppedObjects += this == LARGEST ? objects.size() - 1 : objects.size();
            if (this == LARGEST) {
                double largestArea = objects.stream().mapToDouble(object -> object.box().area()).max().orElseThrow();
                Label largest = objects.stream().filter(object -> object.box().area() == largestArea)
                        .findFirst().orElseThrow();
                kept.add(new AnnotatedImage(image.image(), image.width(), image.height(), List.of(largest)));
            } else {
                droppedImages++;
            }
        }
        if (kept.isEmpty()) {
            throw new LocalizerException("Every one of the " + annotations.images().size() + " images in "
                    + annotations.root() + " shows several objects, so choosing only single-object images leaves"
                    + " none; choose the largest object per image instead");
        }
        return new Selection(new Annotations(annotations.root(), kept, annotations.classNames()), several,
                droppedObjects, droppedImages);
    }

    /**
     * The images kept, each with at most one object, and what the choice left out.
     *
     * @param annotations              the images kept
     * @param imagesWithSeveralObjects images of the source that showed more than one object
     * @param droppedObjects           objects left out
     * @param droppedImages            images left out ({@link #SINGLE} only)
     */
    public record Selection(Annotations annotations, int imagesWithSeveralObjects, int droppedObjects,
            int droppedImages) {

        /**
         * What the choice left out, in words (e.g. "kept only the largest object in 2 images with several objects
         * (left out 3 objects)"); empty when every image had at most one object.
         */
        public String leftOut() {
            if (imagesWithSeveralObjects == 0) {
                return "";
            }
            String images = count(imagesWithSeveralObjects, "image") + " with several objects";
            String objects = count(droppedObjects, "object");
            return droppedImages > 0 ? "left out " + images + " (" + objects + " in all)"
                    : "kept only the largest object in " + images + " (left out " + objects + ")";
        }

        private static String count(int number, String noun) {
            return number + " " + noun + (number == 1 ? "" : "s");
        }
    }
}
