package dev.localizer.engine.report;

import java.util.Arrays;
import java.util.Objects;

/**
 * One line of a chart: a value per epoch (index 0 is epoch 1). {@code NaN} marks an epoch without a value, e.g.
 * no validation loss; the line is drawn through the epochs that have one. {@code floor} is the lowest value this
 * curve can reach (e.g. the loss floor of the scenes it was measured on), drawn dashed in its colour; NaN for none.
 */
public record Curve(String name, double[] values, double floor) {

    public Curve {
        Objects.requireNonNull(name, "name");
        values = values.clone();
    }

    /** A curve without a floor. */
    public Curve(String name, double[] values) {
        this(name, values, Double.NaN);
    }

    boolean hasFloor() {
        return Double.isFinite(floor);
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
        return other instanceof Curve curve && name.equals(curve.name) && Arrays.equals(values, curve.values)
                && Double.compare(floor, curve.floor) == 0;
    }

    @Override
    public int hashCode() {
        return 31 * (31 * name.hashCode() + Arrays.hashCode(values)) + Double.hashCode(floor);
    }

    @Override
    public String toString() {
        return "Curve[" + name + ", " + Arrays.toString(values) + ", floor " + floor + "]";
    }
}
