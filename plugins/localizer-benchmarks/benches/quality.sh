# Quality bar of the compact backbone: trains on fresh default-asset scenes for a time budget (default 10 min),
# scores 500 fresh held-out scenes: detection accuracy >= 99 %, mean IoU >= 0.90 (one class) or class accuracy
# >= 99 % and mean IoU >= 0.85 (three classes); prints the reference loss next to its floor.
#   bench quality [classes=1|3] [minutes] [batch] [learning rate] [input size] [test scenes]
export OMP_WAIT_POLICY=PASSIVE
run_java -Xmx6g dev.localizer.bench.CompactQuality "${1:-1}" "${2:-10}" "${3:-32}" "${4:-0.002}" "${5:-96}" "${6:-500}" 2>&1 \
  | grep -v -E '^\[main\] INFO|^$|HAVE_|GCC|STD version|DEFAULT_ENGINE|Versions of org.bytedeco'
