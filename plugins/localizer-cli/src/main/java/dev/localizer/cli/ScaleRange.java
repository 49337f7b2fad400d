package dev.localizer.cli;

import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/** The range of sprite scale factors, given as {@code MIN,MAX} on the command line. */
record ScaleRange(double min, double max) {

    static final class Converter implements ITypeConverter<ScaleRange> {
        @Override
        public ScaleRange convert(String value) {
            String[] parts = value.split(",", -1);
            try {
                if (parts.length == 2) {
                    double min = Double.parseDouble(parts[0].trim());
                    double max = Double.parseDouble(parts[1].trim());
                    if (min > 0 && min <= max && Double.isFinite(max)) {
                        return new ScaleRange(min, max);
                    }
                }
            } catch (NumberFormatException e) {
                // reported below with the whole value
            }
            throw new TypeConversionException("'" + value + "' is not a scale range: give MIN,MAX with 0 < MIN <= MAX,"
                    + " e.g. 0.5,1.5");
        }
    }
}
