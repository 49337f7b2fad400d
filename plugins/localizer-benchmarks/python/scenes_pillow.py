"""The reference way to make scenes, with Pillow: crop a background, resize and maybe flip a sprite, paste it
with alpha_composite, find its tight box. Prints `threads=N scenes_per_second` lines (medians) to a file.

    scenes_pillow.py ASSETS_DIR SPRITES_DIR SCENES REPEATS CORES OUT_FILE
"""
import multiprocessing
import random
import statistics
import sys
import time
from pathlib import Path

import PIL
from PIL import Image

SIZE = 200
VISIBLE = [255 if alpha > 32 else 0 for alpha in range(256)]
BACKGROUNDS = []
SPRITES = []


def load(assets, sprites):
    BACKGROUNDS.extend(Image.open(path).convert("RGBA") for path in sorted(Path(assets, "backgrounds").glob("*.jpg")))
    SPRITES.extend(Image.open(path).convert("RGBA") for path in sorted(Path(sprites).glob("*.png")))


def scene(rng):
    background = rng.choice(BACKGROUNDS)
    left = rng.randrange(background.width - SIZE + 1)
    top = rng.randrange(background.height - SIZE + 1)
    crop = background.crop((left, top, left + SIZE, top + SIZE))
    box = None
    if rng.random() < 0.5:
        sprite = rng.choice(SPRITES)
        scale = rng.uniform(0.5, 1.5)
        width = max(1, round(sprite.width * scale))
        height = max(1, round(sprite.height * scale))
        sprite = sprite.resize((width, height), Image.BILINEAR)
        if rng.random() < 0.5:
            sprite = sprite.transpose(Image.FLIP_LEFT_RIGHT)
        x = rng.randrange(SIZE - width + 1)
        y = rng.randrange(SIZE - height + 1)
        crop.alpha_composite(sprite, dest=(x, y))
        box = sprite.getchannel("A").point(VISIBLE).getbbox()
    return crop.convert("RGB"), box


def work(task):
    seed, count = task
    rng = random.Random(seed)
    for _ in range(count):
        scene(rng)
    return count


def measure(pool, threads, scenes, repeats):
    rates = []
    for repeat in range(-1, repeats):
        tasks = [(repeat * 1000 + worker, scenes // threads) for worker in range(threads)]
        start = time.perf_counter()
        done = sum(pool.map(work, tasks)) if pool else work(tasks[0])
        seconds = time.perf_counter() - start
        if repeat >= 0:
            rates.append(done / seconds)
    return statistics.median(rates)


def main():
    assets, sprites, scenes, repeats, cores, out = sys.argv[1:7]
    scenes, repeats, cores = int(scenes), int(repeats), int(cores)
    load(assets, sprites)
    lines = [f"version {PIL.__version__}"]
    for threads in sorted({1, cores}):
        if threads == 1:
            rate = measure(None, 1, scenes, repeats)
        else:
            with multiprocessing.Pool(threads) as pool:
                rate = measure(pool, threads, scenes, repeats)
        lines.append(f"threads={threads} {rate:.1f}")
    Path(out).write_text("\n".join(lines) + "\n")


if __name__ == "__main__":
    main()
