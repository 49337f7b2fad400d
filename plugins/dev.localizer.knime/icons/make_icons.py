#!/usr/bin/python3
"""Draws the 16x16 icons of the Localizer nodes (run from this folder; writes the PNGs the plugin uses).

Every icon shares one motif, a framed picture with a box, so the nodes read as one family in the node
repository; each adds its own sign.
"""
from pathlib import Path

from PIL import Image, ImageDraw

HERE = Path(__file__).resolve().parent
NODES = HERE.parent / "src" / "dev" / "localizer" / "knime"

SKY = (120, 180, 235, 255)
HILL = (70, 150, 70, 255)
FRAME = (60, 60, 60, 255)
GREEN = (0, 190, 0, 255)
RED = (220, 0, 0, 255)
ORANGE = (240, 150, 20, 255)
WHITE = (255, 255, 255, 255)


def icon(draw_icon):
    """A transparent 16x16 picture with the icon drawn on it."""
    image = Image.new("RGBA", (16, 16), (0, 0, 0, 0))
    draw_icon(ImageDraw.Draw(image))
    return image


def picture(draw, left=0, top=2, right=15, bottom=13):
    """A small landscape: sky, a hill and a dark frame."""
    draw.rectangle([left, top, right, bottom], fill=SKY)
    draw.pieslice([left - 4, bottom - 6, right - 2, bottom + 6], 180, 360, fill=HILL)
    draw.rectangle([left, bottom - 1, right, bottom], fill=HILL)
    draw.rectangle([left, top, right, bottom], outline=FRAME)


def category(draw):
    for x, y, dx, dy in ((1, 1, 1, 1), (14, 1, -1, 1), (1, 14, 1, -1), (14, 14, -1, -1)):
        draw.line([x, y, x + 4 * dx, y], fill=GREEN, width=2)
        draw.line([x, y, x, y + 4 * dy], fill=GREEN, width=2)
    draw.ellipse([5, 5, 10, 10], fill=ORANGE, outline=FRAME)


def scene_generator(draw):
    picture(draw)
    draw.ellipse([8, 4, 12, 8], fill=ORANGE, outline=FRAME)  # the pasted sprite
    draw.line([2, 0, 2, 4], fill=FRAME)  # a sparkle: something new is made
    draw.line([0, 2, 4, 2], fill=FRAME)


def learner(draw):
    layers = ((2, (3, 8, 13)), (8, (5, 11)), (14, (8,)))
    for (x1, ys1), (x2, ys2) in zip(layers, layers[1:]):
        for y1 in ys1:
            for y2 in ys2:
                draw.line([x1, y1, x2, y2], fill=(150, 150, 150, 255))
    for x, ys in layers:
        for y in ys:
            draw.ellipse([x - 2, y - 2, x + 1, y + 1], fill=GREEN if x == 14 else (50, 110, 200, 255), outline=FRAME)


def predictor(draw):
    picture(draw)
    draw.ellipse([6, 5, 10, 9], fill=ORANGE)
    draw.rectangle([4, 3, 12, 11], outline=GREEN)


def renderer(draw):
    picture(draw)
    draw.rectangle([2, 4, 9, 10], outline=RED)
    draw.rectangle([5, 6, 13, 12], outline=GREEN)
    draw.line([11, 0, 15, 4], fill=FRAME, width=2)  # a pen


def scorer(draw):
    draw.rectangle([0, 0, 15, 15], fill=WHITE, outline=FRAME)
    draw.rectangle([2, 2, 9, 9], outline=RED)
    draw.rectangle([5, 5, 12, 12], outline=GREEN)
    draw.rectangle([5, 5, 9, 9], fill=(255, 220, 120, 255))  # the intersection IoU measures
    draw.line([9, 13, 11, 15], fill=GREEN, width=1)
    draw.line([11, 15, 15, 10], fill=GREEN, width=1)


def annotation_reader(draw):
    picture(draw, 0, 0, 11, 10)
    draw.rectangle([3, 2, 8, 7], outline=RED)  # the labelled box a labelling tool wrote
    draw.rectangle([7, 7, 15, 15], fill=WHITE, outline=FRAME)  # its annotation file
    for y in (9, 11, 13):
        draw.line([9, y, 13, y], fill=FRAME)


ICONS = {
    HERE / "localizer.png": category,
    NODES / "scenegenerator" / "scenegenerator.png": scene_generator,
    NODES / "learner" / "learner.png": learner,
    NODES / "predictor" / "predictor.png": predictor,
    NODES / "renderer" / "renderer.png": renderer,
    NODES / "scorer" / "scorer.png": scorer,
    NODES / "annotationreader" / "annotationreader.png": annotation_reader,
}

if __name__ == "__main__":
    for path, draw_icon in ICONS.items():
        icon(draw_icon).save(path)
        print(path.relative_to(HERE.parent))
