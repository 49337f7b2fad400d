package dev.localizer.engine.scene;

/** A sprite drawn at one pixel size: premultiplied ARGB pixels, row by row. Never modified once made. */
record SpriteRaster(int width, int height, int[] pixels) {
}
