#!/usr/bin/env bash
# Redraws assets/contact-sheet.png from the default assets (builds the engine offline first).
set -euo pipefail
root="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
cd "$root"
./mvnw -B -q -o -pl plugins/localizer-benchmarks -am -DskipTests package
classpath="plugins/localizer-benchmarks/target/localizer-benchmarks-0.1.0-SNAPSHOT.jar:$(cat plugins/localizer-benchmarks/target/classpath.txt)"
java -Djava.awt.headless=true -cp "$classpath" dev.localizer.bench.DefaultContactSheet assets/contact-sheet.png
