#!/usr/bin/env bash
# Hostile and careless inputs for the `localizer` command: each probe makes its input here (small), runs one
# command and checks that it is refused with exit code 2 and a one-line message (no stack trace), or handled,
# and that every input file is byte-identical afterwards. One PASS/FAIL line per probe; exits non-zero on a FAIL.
#
# Usage: probes/inputs.sh [PATH-OF-localizer]   (default: the launcher at the repository root)
# Needs bash, python3 (to write the inputs) and sha256sum.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
localizer="${1:-$here/../../../localizer}"
[[ -x "$localizer" ]] || { echo "inputs.sh: no localizer launcher at $localizer" >&2; exit 2; }
command -v python3 >/dev/null || { echo "inputs.sh: python3 is needed to write the inputs" >&2; exit 2; }

work="$(mktemp -d -t localizer-inputs.XXXXXX)"
trap 'rm -rf "$work"' EXIT
in="$work/in"
out="$work/out"
mkdir -p "$in" "$out"
failures=0

checksums() {
    (cd "$in" && find . -type f -print0 | sort -z | xargs -0 sha256sum)
}

# probe NAME EXPECTED-EXIT FIRST-LINE-REGEX ONE-LINE(yes|no) -- COMMAND...
# ONE-LINE no: a usage error, whose first line is followed by the command's usage.
probe() {
    local name="$1" expected="$2" pattern="$3" one_line="$4"
    shift 5
    local before after code
    before="$(checksums)"
    "$@" >"$work/stdout" 2>"$work/stderr"
    code=$?
    after="$(checksums)"
    local first
    first="$(head -n 1 "$work/stderr")"
    local why=""
    if [[ "$code" != "$expected" ]]; then
        why="exit code $code, expected $expected"
    elif [[ "$expected" == 2 ]] && ! grep -Eq -- "$pattern" <<<"$first"; then
        why="first error line does not match /$pattern/"
    elif grep -Eq $'^\tat |Exception in thread|^Caused by' "$work/stderr"; then
        why="stack trace printed"
    elif [[ "$expected" == 2 && "$one_line" == yes && "$(grep -c . "$work/stderr")" != 1 ]]; then
        why="$(grep -c . "$work/stderr") lines on standard error, expected one"
    elif [[ "$before" != "$after" ]]; then
        why="an input file changed"
    fi
    if [[ -z "$why" ]]; then
        echo "PASS $name"
    else
        echo "FAIL $name: $why"
        echo "     command: $*"
        sed -n '1,3s/^/     stderr: /p' "$work/stderr" | cut -c1-300
        failures=$((failures + 1))
    fi
}

# ---- inputs ------------------------------------------------------------------------------------------------
python3 - "$in" <<'PY'
import base64, struct, sys, zlib
folder = sys.argv[1]
svg = '<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="20" height="20">'

def png(width, height):
    """A one-pixel PNG whose header declares width × height."""
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xffffffff)
    raw = zlib.compress(b"\x00\xff\x00\x00")
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0))
            + chunk(b"IDAT", raw) + chunk(b"IEND", b""))

open(f"{folder}/deep.svg", "w").write(svg + "<g>" * 2000 + '<rect width="10" height="10"/>' + "</g>" * 2000 + "</svg>")
huge = base64.b64encode(png(30000, 30000) + b"\x00" * 60000).decode()
open(f"{folder}/data-uri.svg", "w").write(svg + f'<image width="20" height="20" xlink:href="data:image/png;base64,{huge}"/></svg>')
open(f"{folder}/entity-bomb.svg", "w").write('<!DOCTYPE svg [<!ENTITY a "' + "x" * 40000 + '">]>' + svg
                                               + "<title>" + "&a;" * 1000 + "</title></svg>")
open(f"{folder}/huge-header.png", "wb").write(png(100000, 100000))
PY

# A tiny scenes folder and model, made with the command under test.
"$localizer" scenes --quiet --out "$in/scenes" --count 12 --size 64 --scale 0.2,0.4 --seed 1 || exit 1
"$localizer" train --quiet --out "$work/model.zip" --scenes "$in/scenes" --input-size 16 --epochs 1 --steps 1 \
    --batch 4 || exit 1
mv "$work/model.zip" "$in/model.zip"
rm -f "$work/history.csv"
"$localizer" predict --quiet --model "$in/model.zip" --out "$in/pred.csv" "$in/scenes" || exit 1

python3 - "$in" <<'PY'
import shutil, sys, zipfile
folder = sys.argv[1]

def tampered(name, edit):
    with zipfile.ZipFile(f"{folder}/model.zip") as source, zipfile.ZipFile(f"{folder}/{name}", "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "manifest.json":
                edited = edit(data.decode())
                assert edited != data.decode(), name
                data = edited.encode()
            target.writestr(item.filename, data)

tampered("huge-input.zip", lambda m: m.replace('"inputHeight" : 16', '"inputHeight" : 100000')
         .replace('"inputWidth" : 16', '"inputWidth" : 100000'))
tampered("other-input.zip", lambda m: m.replace('"inputHeight" : 16', '"inputHeight" : 97')
         .replace('"inputWidth" : 16', '"inputWidth" : 97'))
tampered("extra-class.zip", lambda m: m.replace('"classNames" : [', '"classNames" : [ "extra", "more",', 1))

labels = open(f"{folder}/scenes/labels.csv", encoding="utf-8").read().splitlines()
def scenes_with(name, lines, encoding="utf-8"):
    shutil.copytree(f"{folder}/scenes", f"{folder}/{name}")
    open(f"{folder}/{name}/labels.csv", "w", encoding=encoding).write("\n".join(lines) + "\n")

scenes_with("duplicate", labels + [labels[1]])
scenes_with("open-quote", labels[:2] + [labels[2].rsplit(",", 1)[0] + ',"fox'])
scenes_with("latin1", labels[:2] + [labels[2].rsplit(",", 1)[0] + ",caf\u00e9"], "latin-1")
scenes_with("escape", labels[:2] + [labels[2].rsplit(",", 1)[0] + ",fox\x1b[2J"])

predictions = open(f"{folder}/pred.csv", encoding="utf-8").read().splitlines()
open(f"{folder}/pred-duplicate.csv", "w").write("\n".join(predictions + [predictions[1]]) + "\n")
fields = predictions[1].split(",")
fields[3] = "5000.00"
open(f"{folder}/pred-outside.csv", "w").write("\n".join([predictions[0], ",".join(fields)]) + "\n")
shutil.copy(f"{folder}/scenes/scene-000000.png", f"{folder}/noext")
PY

# ---- probes ------------------------------------------------------------------------------------------------
P="$localizer"
probe deep-svg 2 "^localizer: The SVG sprite .*deep.svg nests its elements more than [0-9]+ deep" yes -- \
    "$P" scenes --out "$out/deep" --count 2 --sprites "$in/deep.svg"
probe data-uri-svg 2 "^localizer: .*embedded image data:image/png;base64,.{20,100}… \([0-9]+ characters\) of the SVG sprite .*data-uri.svg is 30000×30000 px" yes -- \
    "$P" scenes --out "$out/data-uri" --count 2 --sprites "$in/data-uri.svg"
if [[ "$(head -n 1 "$work/stderr" | wc -c)" -gt 600 ]]; then
    echo "FAIL data-uri-svg-message-length: $(head -n 1 "$work/stderr" | wc -c) characters"; failures=$((failures + 1))
else
    echo "PASS data-uri-svg-message-length"
fi
probe entity-bomb-svg 2 "^localizer: The SVG sprite .*entity-bomb.svg expands XML entities beyond the [0-9]+ characters" yes -- \
    "$P" scenes --out "$out/bomb" --count 2 --sprites "$in/entity-bomb.svg"
probe huge-png-header 2 "^localizer: The sprite .*huge-header.png is 100000×100000 px, larger than" yes -- \
    "$P" scenes --out "$out/huge" --count 2 --sprites "$in/huge-header.png"
probe escape-in-class-name 2 "^localizer: The sprite .* has a bad class name: .*control character U\+001B" yes -- \
    "$P" scenes --out "$out/escape" --count 2 --sprites "$in/scenes/scene-000000.png" --classes $'fox\e[31m'
probe info-huge-input 2 "^localizer: Model file .*huge-input.zip is damaged: its manifest gives an input of 100000×100000 px" yes -- \
    "$P" info --device cpu "$in/huge-input.zip"
probe predict-other-input 2 "^localizer: Model file .*other-input.zip is damaged: its manifest's input \(97×97 px" yes -- \
    "$P" predict --model "$in/other-input.zip" --out "$out/p1.csv" "$in/scenes"
probe predict-extra-classes 2 "^localizer: Model file .*extra-class.zip is damaged: its (manifest names [0-9]+ classes|network has)" yes -- \
    "$P" predict --model "$in/extra-class.zip" --out "$out/p2.csv" "$in/scenes"
probe train-huge-batch 2 "^localizer: Training compact at input size 96 with batches of 100000 scenes needs about .* batches of up to [0-9]+ scenes fit" yes -- \
    "$P" train --out "$out/m1.zip" --scenes "$in/scenes" --batch 100000
probe train-huge-input 2 "^localizer: The input size must be at most 1024" yes -- \
    "$P" train --out "$out/m2.zip" --scenes "$in/scenes" --input-size 4096
probe train-scenes-with-scene-options 2 "^localizer: --size says how generated scenes are drawn, but --scenes" no -- \
    "$P" train --out "$out/m3.zip" --scenes "$in/scenes" --size 32
probe labels-duplicate-row 2 "^localizer: .*duplicate/labels.csv line 14: the file scene-000000.png is listed again \(first at line 2\)" yes -- \
    "$P" score --labels "$in/duplicate/labels.csv" --predictions "$in/pred.csv"
probe predictions-duplicate-row 2 "^localizer: .*pred-duplicate.csv line 14: the file scene-000000.png is listed again \(first at line 2\)" yes -- \
    "$P" score --labels "$in/scenes/labels.csv" --predictions "$in/pred-duplicate.csv"
probe labels-open-quote 2 "^localizer: .*open-quote/labels.csv line 3: value 7 opens a quote that is not closed" yes -- \
    "$P" score --labels "$in/open-quote/labels.csv" --predictions "$in/pred.csv"
probe labels-latin1 2 "^localizer: .*latin1/labels.csv is not UTF-8 text at line 3; save it as UTF-8" yes -- \
    "$P" score --labels "$in/latin1/labels.csv" --predictions "$in/pred.csv"
probe labels-terminal-escape 2 "^localizer: .*escape/labels.csv line 3: value 7 holds the control character U\+001B" yes -- \
    "$P" score --labels "$in/escape/labels.csv" --predictions "$in/pred.csv"
probe render-box-outside 2 "^localizer: .*pred-outside.csv line 2: the predicted box .* lies outside the 64×64 image" yes -- \
    "$P" render --out "$out/outside" --predictions "$in/pred-outside.csv" "$in/scenes/scene-000000.png"
if [[ -e "$out/outside" ]]; then
    echo "FAIL render-box-outside-writes-nothing"; failures=$((failures + 1))
else
    echo "PASS render-box-outside-writes-nothing"
fi
probe predict-extensionless 0 "" yes -- \
    "$P" predict --quiet --model "$in/model.zip" --out "$out/noext.csv" "$in/noext"
probe render-extensionless 0 "" yes -- \
    "$P" render --quiet --out "$out/noext" --predictions "$out/noext.csv" "$in/noext"
if [[ -f "$out/noext/noext.png" ]]; then
    echo "PASS render-extensionless-output"
else
    echo "FAIL render-extensionless-output: no $out/noext/noext.png"; failures=$((failures + 1))
fi

if [[ "$failures" -gt 0 ]]; then
    echo "inputs.sh: $failures probe(s) failed"
    exit 1
fi
echo "inputs.sh: all probes passed"
