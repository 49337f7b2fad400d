# Training step of the compact network (96×96, 5 input channels, batch 64) in DL4J next to the same network in
# PyTorch on 2 threads, alternating sides so that both see the same machine load. Target: DL4J ≥ 0.9× PyTorch.
#   bench compact [size] [batch] [rounds]
need_python python3-torch
size="${1:-96}"; batch="${2:-64}"; rounds="${3:-3}"
export OMP_NUM_THREADS=2 OMP_WAIT_POLICY=PASSIVE
dl4j=(); torch=()
for round in $(seq "$rounds"); do
  d=$(run_java dev.localizer.bench.CompactSpeed "$size" "$batch" 10 3 2>/dev/null | grep images_per_second | sed 's/.*"images_per_second": \([0-9.]*\).*/\1/')
  t=$("$PYTHON" "$BENCH_PYTHON_DIR/compact_torch.py" --size "$size" --batch "$batch" --steps 10 --repeats 3 | sed 's/.*"images_per_second": \([0-9.]*\).*/\1/')
  echo "round $round: DL4J $d images/s, PyTorch $t images/s"
  dl4j+=("$d"); torch+=("$t")
done
"$PYTHON" - "${dl4j[*]}" "${torch[*]}" <<'PY'
import statistics, sys
dl4j = [float(x) for x in sys.argv[1].split()]
torch = [float(x) for x in sys.argv[2].split()]
ratios = [d / t for d, t in zip(dl4j, torch)]
print(f"compact training step: DL4J median {statistics.median(dl4j):.1f} images/s, PyTorch median "
      f"{statistics.median(torch):.1f} images/s, ratio median {statistics.median(ratios):.2f}x (target >= 0.9x)")
PY
