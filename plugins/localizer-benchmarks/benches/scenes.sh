# Scenes per second at 200×200, one thread and all cores, beside Pillow doing the same work in the same run
# (each repeat measures Pillow, then every Java variant, so a noisy moment hits them alike).
#   bench scenes [SCENES_PER_REPEAT] [REPEATS]        defaults: 10000 scenes, 5 repeats
# (Java makes 2000 scenes in about 40 ms: too short to time two threads steadily)
need_python python3-pil
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
run_java dev.localizer.bench.ScenesBenchmark "$root/assets" "$work/sprites" "$PYTHON" "$BENCH_PYTHON_DIR/scenes_pillow.py" \
  "${1:-10000}" "${2:-5}"
