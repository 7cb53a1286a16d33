#!/usr/bin/env bash
# Writes the HTML report of a store and a screenshot of it taken by headless Chromium, to check
# that the report renders offline. Usage: scripts/report-screenshot.sh STORE_DIR OUT_DIR [AS_OF]
# Needs Debian's chromium (installed with apt-get when missing and running as root).
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
store="$1"; out="$2"; as_of="${3:-$(date +%F)}"
mkdir -p "$out"
if ! command -v chromium >/dev/null; then
  DEBIAN_FRONTEND=noninteractive apt-get install -y chromium >/dev/null
fi
./capshift report --as-of "$as_of" --html "$out/report.html" --data "$store" >/dev/null
profile="$(mktemp -d)"
chromium --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --window-size=1200,9000 \
  --screenshot="$out/report.png" "file://$(realpath "$out/report.html")" 2>/dev/null
rm -rf "$profile"
echo "report: $out/report.html; screenshot: $out/report.png ($(stat -c %s "$out/report.png") bytes)"
