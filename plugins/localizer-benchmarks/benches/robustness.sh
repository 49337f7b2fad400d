# Training on data unlike the bundled assets, trainer defaults only: 8 data sets the benchmark makes itself
# (small/large sprite, photo-like and low-contrast textures, sprite/tight box, 1/3 classes, a fixed scenes set and
# fresh scenes). Each row trains until its budget (default 10 min), then scores its own held-out scenes and prints
# images/s, epochs, detection, mean IoU, class accuracy, loss vs floor, and whether the collapse guard fired.
#   bench robustness [minutes per row] [fixed scenes] [held-out scenes] [rows, e.g. 1,3]
export OMP_WAIT_POLICY=PASSIVE
run_java -Xmx8g dev.localizer.bench.Robustness "${1:-10}" "${2:-4000}" "${3:-500}" ${4:+"$4"} 2>&1 \
  | grep -v -E '^\[main\] INFO|^\[localizer-batches\] INFO|^$|HAVE_|GCC|STD version|DEFAULT_ENGINE|Versions of org.bytedeco'
