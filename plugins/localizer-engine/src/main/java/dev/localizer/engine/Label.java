package dev.localizer.engine;

import java.util.List;
import java.util.Objects;

/**
 * The truth about one image: whether it shows an object and, when it does, the object's box in the image's own
 * pixels and its class name. Scenes, scenes folders, annotations, the renderer, the metrics and the loss all speak
 * of true labels in this one form.
 *
 * @param box       where the object is ({@link Box#NONE} for an image without one, or what a labels file says)
 * @param present   whether the image shows an object; when false, box and class mean nothing
 * @param className the object's class, possibly empty (a one-class set need not name it)
 */
public record Label(Box box, boolean present, String className) {

    /** The label of an image without an object. */
    public static final Label ABSENT = new Label(Box.NONE, false, "");

    public Label {
        Objects.requireNonNull(box, "box");
        Objects.requireNonNull(className, "className");
    }

    /** The label of an object of the given class in the given box. */
    public static Label of(Box box, String className) {
        return new Label(box, true, className);
    }

    /** This label with another class name. */
    public Label withClassName(String newClassName) {
        return new Label(box, present, newClassName);
    }

    /**
     * The index of this label's class among a model's classes.
     *
     * @throws LocalizerException when the model does not know the class
     */
    public int classIndex(List<String> classNames) {
        int index = classNames.indexOf(className);
        if (index < 0) {
            throw new LocalizerException("An object has class '" + className + "', which is not one of the "
                    + "model's classes " + classNames + ": use images of these classes only");
        }
        return index;
    }
}
