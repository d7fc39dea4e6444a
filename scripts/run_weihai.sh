#!/usr/bin/env bash
# The main job on the bundled Weihai sample: set up, build a project store from the files in
# data/weihai (as Weihai's departments deliver them: GBK CSV in GCJ-02, GBK shapefile without
# .cpg, GeoJSON, GeoPackage; the plan's built-up areas, enterprises, sites, pipes and forests
# too), list it, take a snapshot, and compute the indicators and every target of the plan.
# Usage: bash scripts/run_weihai.sh [OUT_DIR]      (default: out/)
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
OUT="${1:-out}"
mkdir -p "$OUT"
STORE="$OUT/weihai.gpkg"
rm -f "$STORE" "$OUT"/weihai-2021-12-31.gpkg "$OUT"/coverage-2021-12-31.gpkg
S=.venv/bin/smartcity
D=data/weihai
$S init "$STORE"
# one line per layer in data/weihai/imports.txt: layer, file, the import's options
while read -r layer file options; do
  case "$layer" in ''|'#'*) continue ;; esac
  # shellcheck disable=SC2086  # the options are words
  $S import "$STORE" "$layer" "$D/$file" $options --rejects "$OUT/$layer.rejects.csv"
done < "$D/imports.txt"
$S layers "$STORE" --as-of 2021-12-31
$S snapshot "$STORE" --as-of 2021-12-31 -o "$OUT/weihai-2021-12-31.gpkg"
P="$D/population.tif"
$S coverage "$STORE" --as-of 2021-12-31 --population "$P" -o "$OUT/coverage-2021-12-31.gpkg"
$S coverage "$STORE" --as-of 2021-12-31 --population "$P" -o "$OUT/coverage-2021-12-31.csv"
$S series "$STORE" --from 2019 --to 2023 --population "$P" -o "$OUT/series-2019-2023.csv"
$S targets "$STORE" --as-of 2022-12-31
$S targets "$STORE" --as-of 2022-12-31 -o "$OUT/targets-2022-12-31.csv"
$S mapsheet "$STORE" --as-of 2021-12-31 -o "$OUT/sheets"
$S report "$STORE" --as-of 2022-12-31 -o "$OUT/report-2022-12-31.pdf"
echo "main job done: store, coverage, series, targets, map sheets and report are in $OUT/"
