#!/usr/bin/env bash
# Re-runs every probe of careless and hostile use of the `localizer` command (issue 10): where commands write
# (outputs.sh) and what they read (inputs.sh). Each script makes its own small inputs and prints PASS/FAIL lines.
#
#   plugins/localizer-cli/probes/all.sh [PATH-TO-localizer]
#
# Exits 1 when any probe failed.
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
launcher="${1:-$here/../../../localizer}"
failed=()
for script in outputs.sh inputs.sh; do
    echo "== $script"
    bash "$here/$script" "$launcher" || failed+=("$script")
done
if (( ${#failed[@]} > 0 )); then
    echo "probes failed in: ${failed[*]}"
    exit 1
fi
echo "all probes passed"
