package dev.localizer.engine.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * One line of a chart: a value per epoch (index 0 is epoch 1). {@code NaN} marks an epoch without a value, e.g.
 * no validation loss; the line is drawn through the epochs that have one.
 */
public record Curve(String name, double[] values) {

    public Curve {
        Objects.requireNonNull(name, "name");
        values = values.clone();
    }

    @Override
    public double[] values() {
        return values.clone();
    }

    boolean isEmpty() {
        return Arrays.stream(values).allMatch(Double::isNaN);
    }

    int length() {
        return values.length;
    }

    double value(int index) {
        return values[index];
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Curve curve && name.equals(curve.name) && Arrays.equals(values, curve.values);
    }

    @Override
    public int hashCode() {
        return 31 * name.hashCode() + Arrays.hashCode(values);
    }

    @Override
    public String toString() {
        return "Curve[" + name + ", " + Arrays.toString(values) + "]";
    }
}
