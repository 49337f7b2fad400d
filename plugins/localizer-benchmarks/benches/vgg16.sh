# VGG16 convolutional base and frozen-VGG16 training, engine vs PyTorch, in the same run.
#   bench vgg16 [repeats]      (default 5; each figure is the median of that many timed runs after a warm-up)
# Forward images/s at batch 8 and 32 (engine ND4J ops, the same network as DL4J layers, PyTorch), peak resident
# memory of a batch-32 training step, and a head-only epoch on 1,600 cached feature sets. Sides alternate per
# batch size so that a shared machine's load falls on both alike.
need_python python3-torch python3-torchvision
repeats="${1:-5}"
size=200
export OMP_NUM_THREADS=2
results="$(mktemp)"
trap 'rm -f "$results"' EXIT

# The training step runs under these limits, so that "fits" means fits in them: heap 1 GB, off-heap (ND4J
# arrays) 1.5 GB, and the whole process 2.5 GB, past which JavaCPP refuses allocations.
train_limits="-Xmx1g -Dorg.bytedeco.javacpp.maxbytes=1536m -Dorg.bytedeco.javacpp.maxphysicalbytes=2560m"

for batch in 8 32; do
  BENCH_JAVA_OPTS="-Xmx1g" run_java dev.localizer.bench.Vgg16Forward ops "$batch" "$repeats" "$size" | tee -a "$results"
  "$PYTHON" "$BENCH_PYTHON_DIR/vgg16_torch.py" forward "$batch" "$repeats" "$size" | tee -a "$results"
  BENCH_JAVA_OPTS="-Xmx1g" run_java dev.localizer.bench.Vgg16Forward layers "$batch" "$repeats" "$size" | tee -a "$results"
done
BENCH_JAVA_OPTS="$train_limits" run_java dev.localizer.bench.Vgg16TrainStep 32 "$repeats" "$size" | tee -a "$results"
"$PYTHON" "$BENCH_PYTHON_DIR/vgg16_torch.py" train-step 32 "$repeats" "$size" | tee -a "$results"
BENCH_JAVA_OPTS="-Xmx1g" run_java dev.localizer.bench.Vgg16HeadEpoch 1600 32 "$repeats" "$size" | tee -a "$results"
"$PYTHON" "$BENCH_PYTHON_DIR/vgg16_torch.py" head-epoch 1600 32 "$repeats" "$size" | tee -a "$results"

echo
echo "Summary (images/s, medians; ratio = engine / PyTorch; JVM limits of the training step: $train_limits)"
awk '
  /^#/ { next }
  { key = $1; for (i = 2; i <= NF; i++) { split($i, kv, "="); field[kv[1]] = kv[2] }
    id = (key ~ /forward|^ops|^layers/) ? field["batch"] : ""
    speed[key id] = field["images_per_s"]; memory[key id] = field["vmhwm_kb"] }
  END {
    for (b = 8; b <= 32; b += 24) {
      printf "forward batch %2d: engine ops %7.3f  DL4J layers %7.3f  PyTorch %7.3f  ops/PyTorch %.2f  layers/PyTorch %.2f\n",
        b, speed["ops" b], speed["layers" b], speed["torch-forward" b],
        speed["ops" b] / speed["torch-forward" b], speed["layers" b] / speed["torch-forward" b]
    }
    printf "train step batch 32: engine %.3f img/s, peak RSS %.2f GB (target <= 2.5); PyTorch %.3f img/s, %.2f GB; ratio %.2f\n",
      speed["train-step"], memory["train-step"] / 1048576, speed["torch-train-step"], memory["torch-train-step"] / 1048576,
      speed["train-step"] / speed["torch-train-step"]
    printf "head-only epoch, 1,600 cached images: engine %.2f s (%.0f img/s); PyTorch %.2f s; ratio %.2f\n",
      1600 / speed["head-epoch"], speed["head-epoch"], 1600 / speed["torch-head-epoch"],
      speed["head-epoch"] / speed["torch-head-epoch"]
  }' "$results"
