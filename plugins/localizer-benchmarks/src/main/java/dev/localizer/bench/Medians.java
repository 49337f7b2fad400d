package dev.localizer.bench;

import java.util.Arrays;

/** Median of repeated timings: robust to the noise of a shared machine. */
public final class Medians {

    private Medians() {
    }

    public static double of(double[] values) {
        if (values.length == 0) {
            throw new IllegalArgumentException("No values to take the median of");
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }
}
