# Scenes per second at 200×200, one thread and all cores, beside Pillow doing the same work in the same run.
#   bench scenes [SCENES_PER_REPEAT] [REPEATS]        defaults: 2000 scenes, 5 repeats
need_python python3-pil
scenes="${1:-2000}"
repeats="${2:-5}"
cores="$(nproc)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run_java dev.localizer.bench.ScenesBenchmark prepare "$work/sprites"
"$PYTHON" "$BENCH_PYTHON_DIR/scenes_pillow.py" "$root/assets" "$work/sprites" "$scenes" "$repeats" "$cores" "$work/pillow.txt"
run_java dev.localizer.bench.ScenesBenchmark run "$work/pillow.txt" "$scenes" "$repeats"
