# Reading 4000×3000 JPEG photos for training within a 2 GB heap: time and peak heap in use.
#   bench photos [COUNT] [INPUT_SIZE] [FOLDER]       defaults: 2000 photos, input 200, a temporary folder
# The photos are made once: into FOLDER when given (and reused by later runs), else into a temporary folder
# removed at the end; 100 are drawn and encoded, the others are copies of them.
count="${1:-2000}"; input="${2:-200}"
if [ -n "${3:-}" ]; then
  photos="$3"
else
  work="$(mktemp -d)"
  trap 'rm -rf "$work"' EXIT
  photos="$work/photos"
fi
run_java dev.localizer.bench.TrainingPhotos make "$photos" "$count"
BENCH_JAVA_OPTS="-Xmx2g ${BENCH_JAVA_OPTS:-}" run_java dev.localizer.bench.TrainingPhotos read "$photos" "$input"
