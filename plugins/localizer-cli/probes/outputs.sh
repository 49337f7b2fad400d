#!/usr/bin/env bash
# Probes of where the `localizer` command writes (issue 10, items 1-4, 11 and the kill -9 leftovers of 13):
# outputs never touch inputs or each other, unwritable places are refused before any work with one line and exit
# code 2, folders are staged (an interrupted, killed or concurrent run never leaves a half or mixed folder), and
# leftovers of killed runs go on the next run. Makes its own small inputs in a temporary folder.
#
#   plugins/localizer-cli/probes/outputs.sh [PATH-TO-localizer]
#
# Prints one PASS or FAIL line per probe; exits 1 when any probe failed.
set -uo pipefail
# Job control, so that background runs get Ctrl-C (kill -INT) as a terminal would deliver it; without it bash
# starts them with SIGINT ignored.
set -m

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
P="$(realpath "${1:-$here/../../../localizer}")"
work="$(mktemp -d -t localizer-outputs.XXXXXX)"
trap 'chmod -R u+w "$work" 2>/dev/null; rm -rf "$work"' EXIT
cd "$work" || exit 1
failures=0

pass() { echo "PASS $1"; }
fail() { echo "FAIL $1: $2"; failures=$((failures + 1)); }

# Every file under a folder (hidden ones too) with its SHA-256, in a stable order.
snapshot() { (cd "$1" && find . -type f -print0 | sort -z | xargs -0 -r sha256sum); }

# run NAME ARGS...: runs the command, keeping its exit code in $rc, stdout in $NAME.out, stderr in $NAME.err.
run() {
    local name="$1"; shift
    "$P" "$@" >"$name.out" 2>"$name.err"
    rc=$?
}

# refused NAME PHRASE: the run exited 2 with exactly one line on stderr that contains the phrase.
refused() {
    local name="$1" phrase="$2" lines first
    lines="$(wc -l <"$name.err")"
    first="$(head -n 1 "$name.err")"
    if [[ $rc -ne 2 ]]; then fail "$name" "exit $rc, expected 2: $first"; return 1; fi
    if [[ $lines -ne 1 ]]; then fail "$name" "$lines lines on stderr, expected 1: $first"; return 1; fi
    if [[ "$first" != "localizer: "*"$phrase"* ]]; then fail "$name" "message '$first' lacks '$phrase'"; return 1; fi
    return 0
}

# unchanged NAME FOLDER SNAPSHOT: the folder holds exactly the files of the snapshot, byte for byte.
unchanged() {
    if [[ "$(snapshot "$2")" == "$3" ]]; then return 0; fi
    fail "$1" "$2 changed"; return 1
}

# wait_for_staging FOLDER-NAME FILES: waits (at most 60 s) until a staging folder .NAME.*.partial beside it holds
# at least FILES files, i.e. the run is writing.
wait_for_staging() {
    local tries=0
    while (( tries < 600 )); do
        local staged
        for staged in ."$1".*.partial; do
            if [[ -d "$staged" ]] && (( $(find "$staged" -type f | wc -l) >= $2 )); then return 0; fi
        done
        sleep 0.1
        tries=$((tries + 1))
    done
    return 1
}

tiny_scenes=(--size 64 --scale 0.2,0.4)
tiny_training=(--input-size 32 --epochs 1 --steps 1 --batch 8 --validation 0.25)

run setup-scenes scenes --quiet --out sc --count 12 --seed 1 "${tiny_scenes[@]}"
run setup-model train --quiet --out model.zip --scenes sc "${tiny_training[@]}"
if [[ ! -f sc/labels.csv || ! -f model.zip ]]; then
    echo "FAIL setup: could not make the scenes folder and the model ($(head -n 1 setup-scenes.err setup-model.err))"
    exit 1
fi
scenes_before="$(snapshot sc)"

# Item 1: render into its own input folder, however spelled.
for spelling in sc ./sc/../sc/.; do
    name="render-into-input(${spelling//\//_})"
    run "$name" render --out "$spelling" --labels sc/labels.csv sc
    refused "$name" "is also an input" && unchanged "$name" sc "$scenes_before" && pass "$name"
done
run render-over-input-image render --out . --labels sc/labels.csv sc/scene-000001.png
refused render-over-input-image "holds the input" && unchanged render-over-input-image sc "$scenes_before" \
    && pass render-over-input-image

# Item 3: train and predict over the labels they read; score's JSON over them; predict over its model.
run train-over-labels train --out sc/labels.csv --scenes sc "${tiny_training[@]}"
refused train-over-labels "lies inside the input folder --scenes" && unchanged train-over-labels sc "$scenes_before" \
    && pass train-over-labels
run predict-over-labels predict --model model.zip --out sc/labels.csv sc
refused predict-over-labels "lies inside the input folder INPUT" && unchanged predict-over-labels sc "$scenes_before" \
    && pass predict-over-labels
model_sum="$(sha256sum <model.zip)"
run predict-over-model predict --model model.zip --out ./model.zip sc
refused predict-over-model "is also an input (--model" && [[ "$(sha256sum <model.zip)" == "$model_sum" ]] \
    && pass predict-over-model
run score-over-labels score --labels sc/labels.csv --predictions sc/labels.csv --json sc/labels.csv
refused score-over-labels "lies inside the input folder --labels" && unchanged score-over-labels sc "$scenes_before" && pass score-over-labels

# Item 3: a model named history.csv and a second model in the same folder each keep their own history.
run train-named-history train --quiet --out models/history.csv --scenes sc "${tiny_training[@]}"
first_history="$(sha256sum <models/history.history.csv 2>/dev/null)"
run train-second-model train --quiet --out models/other.zip --scenes sc "${tiny_training[@]}"
if [[ $rc -eq 0 && -f models/history.csv && -f models/other.zip && -f models/other.history.csv ]] \
    && [[ "$(head -c 2 models/history.csv)" == "PK" ]] \
    && [[ "$(sha256sum <models/history.history.csv)" == "$first_history" ]]; then
    pass train-histories-apart
else
    fail train-histories-apart "models/ holds: $(ls -A models | tr '\n' ' ')"
fi

# Item 2: an interrupted scenes run over an earlier folder leaves it exactly as it was, and no half folder.
run scenes-first scenes --quiet --out big --count 300 --seed 1 "${tiny_scenes[@]}"
big_before="$(snapshot big)"
"$P" scenes --quiet --out big --count 200000 --seed 2 --threads 1 "${tiny_scenes[@]}" >interrupted.out 2>interrupted.err &
pid=$!
wait_for_staging big 20
kill -INT "$pid"
wait "$pid" 2>/dev/null; rc=$?
leftovers="$(ls -A | grep -c '^\.big\.')"
if [[ $rc -eq 130 ]] && unchanged scenes-interrupted big "$big_before" && [[ $leftovers -eq 0 ]]; then
    pass scenes-interrupted
elif [[ $rc -ne 130 ]]; then
    fail scenes-interrupted "exit $rc, expected 130"
elif [[ $leftovers -ne 0 ]]; then
    fail scenes-interrupted "$leftovers staging leftovers beside big"
fi

# Item 2: a smaller rerun leaves no images of the earlier, larger run.
run scenes-smaller scenes --quiet --out big --count 5 --seed 3 "${tiny_scenes[@]}"
pngs="$(find big -name '*.png' | wc -l)"
if [[ $rc -eq 0 && $pngs -eq 5 ]]; then pass scenes-smaller-rerun; else fail scenes-smaller-rerun "exit $rc, $pngs PNG files"; fi

# Item 2: two concurrent runs into one folder: the result is one run's folder as a whole.
run ref-a scenes --quiet --out ref-a --count 60 --seed 4 "${tiny_scenes[@]}"
run ref-b scenes --quiet --out ref-b --count 40 --seed 5 "${tiny_scenes[@]}"
"$P" scenes --quiet --out both --count 60 --seed 4 "${tiny_scenes[@]}" >both-a.err 2>&1 &
pid_a=$!
"$P" scenes --quiet --out both --count 40 --seed 5 "${tiny_scenes[@]}" >both-b.err 2>&1 &
pid_b=$!
wait "$pid_a"; rc_a=$?
wait "$pid_b"; rc_b=$?
both="$(snapshot both)"
if [[ $rc_a -eq 0 && $rc_b -eq 0 ]] && [[ "$both" == "$(snapshot ref-a)" || "$both" == "$(snapshot ref-b)" ]]; then
    pass scenes-concurrent
else
    fail scenes-concurrent "exits $rc_a/$rc_b, $(find both -name '*.png' | wc -l) PNG files, matching neither run"
fi

# Item 13: kill -9 leaves a staging folder; the next run into that folder removes it.
"$P" scenes --quiet --out killed --count 200000 --threads 1 "${tiny_scenes[@]}" >killed.out 2>&1 &
pid=$!
wait_for_staging killed 5
kill -KILL "$pid"; wait "$pid" 2>/dev/null
left="$(ls -A | grep -c '^\.killed\..*\.partial$')"
run scenes-after-kill scenes --quiet --out killed --count 2 "${tiny_scenes[@]}"
remaining="$(ls -A | grep -c '^\.killed\.')"
if [[ $left -ge 1 && $rc -eq 0 && $remaining -eq 0 && -f killed/labels.csv ]]; then
    pass killed-leftovers-removed
else
    fail killed-leftovers-removed "leftovers after kill -9: $left, exit $rc, leftovers after the next run: $remaining"
fi

# Item 4: an interrupted demo over a finished one leaves the old demo complete and consistent.
tiny_demo=("${tiny_scenes[@]}" --input-size 32 --batch 8 --max-minutes 2)
run demo-first demo --quiet --out demo "${tiny_demo[@]}" --test-scenes 8 --epochs 1 --steps 2 --seed 1
demo_before="$(snapshot demo)"
# long enough to be interrupted once its held-out scenes are staged
"$P" demo --quiet --out demo "${tiny_demo[@]}" --test-scenes 12 --epochs 100 --steps 5 --seed 2 >demo2.out 2>demo2.err &
pid=$!
wait_for_staging demo 5
kill -INT "$pid"
wait "$pid" 2>/dev/null; rc=$?
if [[ -f demo/report.html && $rc -eq 130 ]] && unchanged demo-interrupted demo "$demo_before" \
    && [[ "$(ls -A | grep -c '^\.demo\.')" -eq 0 ]]; then
    pass demo-interrupted
elif [[ $rc -ne 130 || ! -f demo/report.html ]]; then
    fail demo-interrupted "exit $rc (expected 130), first demo complete: $([[ -f demo/report.html ]] && echo yes || echo no)"
fi

# Item 11: places that cannot be written are refused before any work, as user errors.
echo "a file" >taken
run train-under-file train --out taken/model.zip --scenes sc "${tiny_training[@]}"
refused train-under-file "taken is a file, not a folder" && ! grep -q Training train-under-file.out \
    && pass train-under-file
run render-onto-file render --out taken --labels sc/labels.csv sc
refused render-onto-file "is a file, but a folder is written there" && pass render-onto-file
run demo-onto-file demo --out taken --test-scenes 2
refused demo-onto-file "is a file, but a folder is written there" && pass demo-onto-file
mkdir -p photos && echo "a photo" >photos/holiday.jpg
run scenes-over-foreign-folder scenes --out photos --count 2 "${tiny_scenes[@]}"
refused scenes-over-foreign-folder "holds files that this program did not write (e.g. holiday.jpg)" \
    && [[ "$(ls -A photos)" == "holiday.jpg" ]] && pass scenes-over-foreign-folder

# A read-only folder: by permissions for a normal user; root writes anywhere, but not into sysfs.
if [[ $(id -u) -ne 0 ]]; then
    mkdir -p locked && chmod a-w locked
    readonly_dir="$work/locked"
elif [[ -d /sys/kernel ]]; then
    readonly_dir=/sys/kernel
else
    readonly_dir=""
fi
if [[ -n "$readonly_dir" ]]; then
    run train-read-only train --out "$readonly_dir/model.zip" --scenes sc "${tiny_training[@]}"
    refused train-read-only "is not writable" && ! grep -q Training train-read-only.out && pass train-read-only
    run render-read-only render --out "$readonly_dir/rendered" --labels sc/labels.csv sc
    refused render-read-only "is not writable" && pass render-read-only
else
    echo "SKIP read-only probes: no read-only folder to try"
fi

unchanged inputs-at-the-end sc "$scenes_before" && pass inputs-at-the-end

if (( failures > 0 )); then
    echo "$failures probe(s) failed"
    exit 1
fi
echo "all output probes passed"
