package dev.localizer.engine.train;

/**
 * Brightness, contrast (around mid-grey) and saturation (away from each pixel's grey) multiplied by factors, applied
 * to an encoded image: on its small resized planes, not the scene's full-size pixels, because that is where it is
 * cheap.
 */
record ColourChange(double brightness, double contrast, double saturation) {

    static final ColourChange NONE = new ColourChange(1, 1, 1);

    /** Changes the red, green and blue planes (values 0..1, {@code plane} values each) that start at {@code offset}. */
    void applyTo(float[] data, int offset, int plane) {
        if (equals(NONE)) {
            return;
        }
        float bright = (float) brightness;
        float contrasted = (float) contrast;
        float saturated = (float) saturation;
        for (int i = offset; i < offset + plane; i++) {
            float red = data[i];
            float green = data[i + plane];
            float blue = data[i + 2 * plane];
            float grey = 0.299f * red + 0.587f * green + 0.114f * blue;
            data[i] = channel(red, grey, bright, contrasted, saturated);
            data[i + plane] = channel(green, grey, bright, contrasted, saturated);
            data[i + 2 * plane] = channel(blue, grey, bright, contrasted, saturated);
        }
    }

    private static float channel(float value, float grey, float brightness, float contrast, float saturation) {
        float result = ((grey + (value - grey) * saturation) * brightness - 0.5f) * contrast + 0.5f;
        return Math.max(0, Math.min(1, result));
    }
}
