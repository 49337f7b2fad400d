#!/usr/bin/python3
"""Paints the default landscape backgrounds of Localizer procedurally (numpy + Pillow, Debian python3-pil).

    /usr/bin/python3 assets/tools/landscapes.py assets/backgrounds

Every picture comes from a fixed seed, so rerunning the script reproduces the committed files. Layers, back to
front: sky gradient with a sun glow, soft clouds, distant mountain ridges fading into the haze, rolling hills
with trees, and a textured foreground.
"""
import sys
from pathlib import Path

import numpy as np
from PIL import Image

WIDTH, HEIGHT = 960, 640


def fractal_line(rng, length, octaves, roughness):
    """A 1-D fractal profile in 0..1: interpolated random values, each octave twice as fine and weaker."""
    profile = np.zeros(length)
    amplitude, total = 1.0, 0.0
    for octave in range(octaves):
        knots = 2 ** (octave + 2) + 1
        values = rng.random(knots)
        profile += amplitude * np.interp(np.linspace(0, knots - 1, length), np.arange(knots), values)
        total += amplitude
        amplitude *= roughness
    return profile / total


def fractal_field(rng, height, width, octaves, roughness):
    """A 2-D fractal noise field in 0..1, made of bilinearly upsampled random grids."""
    field = np.zeros((height, width))
    amplitude, total = 1.0, 0.0
    for octave in range(octaves):
        cells = 2 ** (octave + 2)
        grid = rng.random((cells + 1, cells + 1))
        ys = np.linspace(0, cells, height)
        xs = np.linspace(0, cells, width)
        y0 = np.minimum(ys.astype(int), cells - 1)
        x0 = np.minimum(xs.astype(int), cells - 1)
        fy = (ys - y0)[:, None]
        fx = (xs - x0)[None, :]
        top = grid[y0][:, x0] * (1 - fx) + grid[y0][:, x0 + 1] * fx
        bottom = grid[y0 + 1][:, x0] * (1 - fx) + grid[y0 + 1][:, x0 + 1] * fx
        field += amplitude * (top * (1 - fy) + bottom * fy)
        total += amplitude
        amplitude *= roughness
    return field / total


def mix(a, b, t):
    return np.asarray(a, float) * (1 - t) + np.asarray(b, float) * t


def paint(theme, seed):
    rng = np.random.default_rng(seed)
    rows = np.arange(HEIGHT)[:, None]
    cols = np.arange(WIDTH)[None, :]
    horizon = theme["horizon"] * HEIGHT

    sky_t = np.clip(rows / horizon, 0, 1)[..., None]
    image = mix(theme["sky_top"], theme["sky_horizon"], sky_t ** 0.8) * np.ones((1, WIDTH, 1))

    sun_x, sun_y = theme["sun"][0] * WIDTH, theme["sun"][1] * HEIGHT
    distance = np.sqrt((cols - sun_x) ** 2 + (rows - sun_y) ** 2)
    glow = np.exp(-distance / (0.18 * WIDTH))[..., None] * 0.55
    image = mix(image, theme["sun_colour"], glow)
    disc = np.clip(theme["sun_radius"] - distance + 1, 0, 1)[..., None]
    image = mix(image, theme["sun_colour"], disc)

    clouds = fractal_field(rng, HEIGHT, WIDTH, 6, 0.55)
    cloud_alpha = np.clip((clouds - theme["cloud_cover"]) * 4, 0, 0.85)
    cloud_alpha *= np.clip(1 - rows / horizon, 0, 1) ** 0.5
    shade = 0.88 + 0.12 * fractal_field(rng, HEIGHT, WIDTH, 4, 0.5)[..., None]
    image = mix(image, np.asarray(theme["cloud_colour"], float) * shade, cloud_alpha[..., None])

    layers = theme["layers"]
    for depth, layer in enumerate(layers):
        profile = fractal_line(rng, WIDTH, 7, layer["roughness"])
        ridge = (layer["base"] - layer["amplitude"] * profile) * HEIGHT
        inside = rows >= ridge[None, :]
        edge = np.clip(rows - ridge[None, :] + 1, 0, 1)[..., None]
        texture = fractal_field(rng, HEIGHT, WIDTH, 7, 0.6)[..., None]
        colour = mix(layer["dark"], layer["light"], texture)
        below = np.clip((rows - ridge[None, :]) / (HEIGHT * 0.35), 0, 1)[..., None]
        colour = mix(colour, layer.get("foot", layer["dark"]), below * 0.5)
        haze = theme["haze"] * (1 - depth / max(1, len(layers) - 1)) ** 1.5
        colour = mix(colour, theme["sky_horizon"], haze)
        if layer.get("snow"):
            snow_line = ridge[None, :] + layer["snow"] * HEIGHT * (0.6 + 0.8 * texture[..., 0])
            snowy = (rows < snow_line)[..., None] * 0.9
            colour = mix(colour, mix((235, 240, 250), theme["sky_horizon"], haze), snowy)
        image = np.where(inside[..., None], mix(image, colour, edge), image)
        if layer.get("trees"):
            image = plant_trees(rng, image, ridge, layer, haze, theme)

    grain = rng.normal(0, 3.0, (HEIGHT, WIDTH, 1))
    return Image.fromarray(np.clip(image + grain, 0, 255).astype(np.uint8), "RGB")


def plant_trees(rng, image, ridge, layer, haze, theme):
    """Conifers standing on the ridge line: a trunk and a stack of triangles, darker than the hill."""
    rows = np.arange(HEIGHT)[:, None]
    cols = np.arange(WIDTH)[None, :]
    colour = mix(layer["tree"], theme["sky_horizon"], haze)
    for _ in range(layer["trees"]):
        x = rng.integers(0, WIDTH)
        base = ridge[x] + rng.uniform(2, 30)
        size = rng.uniform(*layer["tree_size"])
        apex = base - size
        half_width = (rows - apex) / size * size * 0.32
        jag = 1 + 0.18 * np.sin((rows - apex) / size * np.pi * 6)
        mask = (rows >= apex) & (rows <= base) & (np.abs(cols - x) <= half_width * jag)
        shade = np.where(cols < x, 0.8, 1.05)[..., None]
        image = np.where(mask[..., None], np.asarray(colour, float) * shade, image)
    return image


THEMES = {
    "alpine-meadow": {
        "sky_top": (70, 130, 200), "sky_horizon": (190, 215, 235), "horizon": 0.55,
        "sun": (0.78, 0.16), "sun_radius": 26, "sun_colour": (255, 250, 225),
        "cloud_cover": 0.52, "cloud_colour": (250, 252, 255), "haze": 0.6,
        "layers": [
            {"base": 0.50, "amplitude": 0.32, "roughness": 0.55, "dark": (90, 105, 140), "light": (140, 150, 180), "snow": 0.035},
            {"base": 0.60, "amplitude": 0.18, "roughness": 0.5, "dark": (60, 95, 80), "light": (95, 130, 100), "trees": 70,
             "tree": (35, 70, 50), "tree_size": (14, 26)},
            {"base": 0.74, "amplitude": 0.12, "roughness": 0.45, "dark": (85, 140, 55), "light": (150, 190, 80), "trees": 14,
             "tree": (30, 70, 40), "tree_size": (40, 70)},
            {"base": 0.90, "amplitude": 0.08, "roughness": 0.4, "dark": (70, 125, 40), "light": (160, 200, 90), "foot": (90, 110, 45)},
        ],
    },
    "autumn-evening": {
        "sky_top": (60, 70, 140), "sky_horizon": (250, 170, 110), "horizon": 0.6,
        "sun": (0.25, 0.42), "sun_radius": 30, "sun_colour": (255, 220, 150),
        "cloud_cover": 0.58, "cloud_colour": (245, 160, 150), "haze": 0.55,
        "layers": [
            {"base": 0.55, "amplitude": 0.22, "roughness": 0.5, "dark": (95, 70, 120), "light": (140, 100, 150)},
            {"base": 0.66, "amplitude": 0.14, "roughness": 0.5, "dark": (130, 70, 60), "light": (180, 110, 70), "trees": 50,
             "tree": (70, 40, 50), "tree_size": (16, 30)},
            {"base": 0.80, "amplitude": 0.10, "roughness": 0.45, "dark": (170, 110, 40), "light": (225, 170, 70)},
            {"base": 0.93, "amplitude": 0.06, "roughness": 0.4, "dark": (140, 85, 35), "light": (205, 145, 60)},
        ],
    },
    "desert-dunes": {
        "sky_top": (40, 110, 190), "sky_horizon": (215, 225, 230), "horizon": 0.5,
        "sun": (0.55, 0.12), "sun_radius": 22, "sun_colour": (255, 255, 240),
        "cloud_cover": 0.66, "cloud_colour": (255, 255, 255), "haze": 0.5,
        "layers": [
            {"base": 0.50, "amplitude": 0.12, "roughness": 0.6, "dark": (160, 120, 110), "light": (200, 160, 140)},
            {"base": 0.62, "amplitude": 0.14, "roughness": 0.35, "dark": (200, 140, 80), "light": (235, 190, 120)},
            {"base": 0.78, "amplitude": 0.12, "roughness": 0.3, "dark": (190, 125, 65), "light": (240, 185, 110)},
            {"base": 0.92, "amplitude": 0.08, "roughness": 0.3, "dark": (175, 115, 60), "light": (230, 175, 105)},
        ],
    },
}


def main():
    target = Path(sys.argv[1] if len(sys.argv) > 1 else "assets/backgrounds")
    target.mkdir(parents=True, exist_ok=True)
    for seed, (name, theme) in enumerate(sorted(THEMES.items()), start=11):
        paint(theme, seed).save(target / f"{name}.jpg", quality=90, optimize=True)
        print(f"wrote {target / (name + '.jpg')}")


if __name__ == "__main__":
    main()
