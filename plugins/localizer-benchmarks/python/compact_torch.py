"""PyTorch peer of the compact localizer network: times training steps of the same architecture at the same
input size and batch, on 2 threads, and prints one JSON line with the median images per second."""
import argparse
import json
import statistics
import time

import torch
from torch import nn

BLOCK_WIDTHS = [24, 48, 96, 128]
HEAD_UNITS = 256


class Compact(nn.Module):
    def __init__(self, size, channels, classes):
        super().__init__()
        blocks, previous = [], channels
        for width in BLOCK_WIDTHS:
            blocks += [nn.Conv2d(previous, width, 3, stride=2, padding=1), nn.ReLU()]
            previous, size = width, (size + 1) // 2
        self.features = nn.Sequential(*blocks, nn.Flatten(), nn.Linear(previous * size * size, HEAD_UNITS), nn.ReLU())
        self.box = nn.Linear(HEAD_UNITS, 4)
        self.presence = nn.Linear(HEAD_UNITS, 1)
        self.classes = nn.Linear(HEAD_UNITS, classes) if classes > 1 else None

    def forward(self, x):
        h = self.features(x)
        return torch.sigmoid(self.box(h)), torch.sigmoid(self.presence(h)), self.classes(h) if self.classes else None


def masked_loss(outputs, box, present):
    box_pred, presence_pred, _ = outputs
    box_term = nn.functional.binary_cross_entropy(box_pred, box, reduction="none").mean(dim=1)
    presence_term = nn.functional.binary_cross_entropy(presence_pred.squeeze(1), present)
    return 3.0 * (box_term * present).mean() + 0.5 * presence_term


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--size", type=int, default=96)
    parser.add_argument("--channels", type=int, default=5)
    parser.add_argument("--batch", type=int, default=64)
    parser.add_argument("--steps", type=int, default=10)
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    model = Compact(args.size, args.channels, 1)
    optimizer = torch.optim.Adam(model.parameters(), lr=1e-3)
    x = torch.rand(args.batch, args.channels, args.size, args.size)
    box = torch.rand(args.batch, 4)
    present = (torch.rand(args.batch) > 0.5).float()

    def step():
        optimizer.zero_grad()
        loss = masked_loss(model(x), box, present)
        loss.backward()
        optimizer.step()

    for _ in range(3):
        step()
    rates = []
    for _ in range(args.repeats):
        start = time.perf_counter()
        for _ in range(args.steps):
            step()
        rates.append(args.steps * args.batch / (time.perf_counter() - start))
    print(json.dumps({"peer": "pytorch " + torch.__version__, "images_per_second": statistics.median(rates),
                      "rates": rates, "parameters": sum(p.numel() for p in model.parameters())}))


if __name__ == "__main__":
    main()
