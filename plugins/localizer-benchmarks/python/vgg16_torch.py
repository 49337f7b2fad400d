"""PyTorch peer of the VGG16 benchmark: forward images/s of torchvision's VGG16 convolutional base.

Usage: vgg16_torch.py BATCH [BATCH...] --repeats N --size S
Prints one line per batch size: "torch batch=B median_s=... images_per_s=... vmhwm_kb=..."
"""
import argparse
import statistics
import time

import torch
import torchvision


def peak_resident_kb():
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    return -1


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("batches", type=int, nargs="+")
    parser.add_argument("--repeats", type=int, default=5)
    parser.add_argument("--size", type=int, default=200)
    parser.add_argument("--threads", type=int, default=2)
    args = parser.parse_args()

    torch.set_num_threads(args.threads)
    torch.manual_seed(1)
    base = torchvision.models.vgg16().features.eval()
    with torch.no_grad():
        for batch in args.batches:
            images = torch.rand(batch, 3, args.size, args.size)
            base(images)  # warm-up: first call allocates and picks kernels
            seconds = []
            for _ in range(args.repeats):
                start = time.perf_counter()
                base(images)
                seconds.append(time.perf_counter() - start)
            median = statistics.median(seconds)
            print(f"torch batch={batch} median_s={median:.3f} images_per_s={batch / median:.3f} "
                  f"vmhwm_kb={peak_resident_kb()}", flush=True)


if __name__ == "__main__":
    main()
