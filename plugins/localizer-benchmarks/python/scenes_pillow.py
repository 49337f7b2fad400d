"""The reference way to make scenes, with Pillow: crop a background, resize and maybe flip a sprite, paste it
with alpha_composite, find its tight box. After one unmeasured warm-up round, prints `version V` and one
`rate SCENES_PER_SECOND` line per repeat (THREADS processes share the scenes).

    scenes_pillow.py ASSETS_DIR SPRITES_DIR SCENES REPEATS THREADS
"""
import multiprocessing
import random
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
    for repeat in range(-1, repeats):
        tasks = [(repeat * 1000 + worker, scenes // threads) for worker in range(threads)]
        start = time.perf_counter()
        done = sum(pool.map(work, tasks)) if pool else work(tasks[0])
        seconds = time.perf_counter() - start
        if repeat >= 0:
            print(f"rate {done / seconds:.1f}", flush=True)


def main():
    assets, sprites, scenes, repeats, threads = sys.argv[1:6]
    scenes, repeats, threads = int(scenes), int(repeats), int(threads)
    load(assets, sprites)
    print(f"version {PIL.__version__}", flush=True)
    if threads == 1:
        measure(None, 1, scenes, repeats)
    else:
        with multiprocessing.Pool(threads) as pool:
            measure(pool, threads, scenes, repeats)


if __name__ == "__main__":
    main()
