"""PyTorch peer of the VGG16 benchmark (torchvision's VGG16 convolutional base, random weights).

  vgg16_torch.py forward BATCH REPEATS SIZE      forward images/s of the base
  vgg16_torch.py train-step BATCH STEPS SIZE     base forward (no grad) + Adam step of a Linear(features, 5) head, masked loss
  vgg16_torch.py head-epoch IMAGES BATCH EPOCHS SIZE   head-only epochs on features held in memory

Each prints one line like the Java side: "torch-<what> ... median_s=... images_per_s=... vmhwm_kb=...".
"""
import statistics
import sys
import time

import torch
import torchvision


def peak_resident_kb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return -1


def timed(repeats, work):
    work()  # warm-up: the first call allocates and picks kernels
    seconds = []
    for _ in range(repeats):
        start = time.perf_counter()
        work()
        seconds.append(time.perf_counter() - start)
    return statistics.median(seconds)


def head(features):
    linear = torch.nn.Linear(features, 5)
    return linear, torch.optim.Adam(linear.parameters(), lr=1e-4)


def targets(count):
    """Box values in 0..1 and presence 0/1 (half the images), as the engine's benchmark draws them."""
    return torch.cat([torch.rand(count, 4), (torch.rand(count, 1) > 0.5).float()], dim=1)


def head_step(linear, optimizer, features, labels):
    """Adam step on the masked loss: 3.0 * mean BCE(box) * present + 0.5 * BCE(present)."""
    optimizer.zero_grad()
    predicted = torch.sigmoid(linear(features.flatten(1)))
    present = labels[:, 4]
    box = torch.nn.functional.binary_cross_entropy(predicted[:, :4], labels[:, :4], reduction="none").mean(1)
    presence = torch.nn.functional.binary_cross_entropy(predicted[:, 4], present, reduction="none")
    loss = (3.0 * box * present + 0.5 * presence).mean()
    loss.backward()
    optimizer.step()


def forward(batch, repeats, size):
    base = torchvision.models.vgg16().features.eval()
    images = torch.rand(batch, 3, size, size)
    with torch.no_grad():
        median = timed(repeats, lambda: base(images))
    print(f"torch-forward batch={batch} median_s={median:.3f} images_per_s={batch / median:.3f} "
          f"vmhwm_kb={peak_resident_kb()}", flush=True)


def train_step(batch, steps, size):
    base = torchvision.models.vgg16().features.eval()
    images = torch.rand(batch, 3, size, size)
    labels = targets(batch)
    with torch.no_grad():
        features = base(images[:1]).numel()
    linear, optimizer = head(features)

    def step():
        with torch.no_grad():
            batch_features = base(images)
        head_step(linear, optimizer, batch_features, labels)

    median = timed(steps, step)
    print(f"torch-train-step batch={batch} median_s={median:.3f} images_per_s={batch / median:.3f} "
          f"vmhwm_kb={peak_resident_kb()}", flush=True)


def head_epoch(images, batch, epochs, size):
    cells = size // 32
    features = torch.rand(images, 512, cells, cells)
    labels = targets(images)
    linear, optimizer = head(512 * cells * cells)

    def epoch():
        order = torch.randperm(images)
        for start in range(0, images, batch):
            indices = order[start:start + batch]
            head_step(linear, optimizer, features[indices], labels[indices])

    median = timed(epochs, epoch)
    print(f"torch-head-epoch images={images} median_s={median:.3f} images_per_s={images / median:.1f} "
          f"vmhwm_kb={peak_resident_kb()}", flush=True)


def main():
    torch.set_num_threads(2)
    torch.manual_seed(1)
    what, numbers = sys.argv[1], [int(value) for value in sys.argv[2:]]
    {"forward": forward, "train-step": train_step, "head-epoch": head_epoch}[what](*numbers)


if __name__ == "__main__":
    main()
