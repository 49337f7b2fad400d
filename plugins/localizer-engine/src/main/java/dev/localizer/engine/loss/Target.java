package dev.localizer.engine.loss;

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

    @Override
    public double[] box() {
        return box.clone();
    }

    double boxValue(int index) {
        return box[index];
    }
}
