package dev.localizer.engine.loss;

/**
 * What the network output for one image: the normalized box (sigmoids), the presence probability, and the class
 * probabilities (softmax; empty with a single class).
 */
public record Estimate(double[] box, double presence, double[] classProbabilities) {

    public Estimate {
        if (box.length != 4) {
            throw new IllegalArgumentException("A normalized box has 4 values, got " + box.length);
        }
        box = box.clone();
        classProbabilities = classProbabilities.clone();
    }

    @Override
    public double[] box() {
        return box.clone();
    }

    @Override
    public double[] classProbabilities() {
        return classProbabilities.clone();
    }

    double boxValue(int index) {
        return box[index];
    }

    double classProbability(int index) {
        return classProbabilities[index];
    }

    int classCount() {
        return classProbabilities.length;
    }
}
