#!/usr/bin/env bash
# Renders the document control a records manager checks, in English, Turkish and Chinese, for a person to look at
# (LibreOffice -> PDF -> PNG, 70 dpi); not part of the suite.
#   bash tests/render/render-control.sh [out-dir]
# The 36-role organisation (controlled-workbook.py) with a 20-stage journey, generated on 2025-01-31 and again on
# 2025-03-01 after a task was added, the Sales head's Reports To and a KPI target changed. Renders, per language: the
# organisation deck's title slide (control table), the job descriptions and SOPs the changes touched (control block
# and revision history), the customer journey blueprint and the business systems workbook. Prints the PNG folder.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v libreoffice >/dev/null && command -v pdftoppm >/dev/null || {
  [ "$(id -u)" = 0 ] || { echo "needs libreoffice (writer, impress, calc) and poppler-utils" >&2; exit 2; }
  apt-get update -q && apt-get install -y -q --no-install-recommends libreoffice-writer-nogui libreoffice-impress-nogui \
    libreoffice-calc-nogui poppler-utils fonts-crosextra-carlito fonts-noto-cjk >/dev/null
}
out=${1:-$(mktemp -d)}
mkdir -p "$out/docs"
dll=${OFFICEINFRA_DLL:-service/OfficeInfra.Service/bin/Debug/net10.0/OfficeInfra.Service.dll}
[ -n "${OFFICEINFRA_DLL:-}" ] || dotnet build service/OfficeInfra.Service -v q -nologo >/dev/null
cli=(dotnet "$dll")
for lang in en tr zh-Hans; do
  python3 tests/render/controlled-workbook.py "$lang" "$out/before-$lang.xlsx" --journey >/dev/null
  python3 tests/render/controlled-workbook.py "$lang" "$out/after-$lang.xlsx" --journey --changed >/dev/null
  lib="$out/lib-$lang"
  rm -rf "$lib"
  "${cli[@]}" generate "$out/before-$lang.xlsx" --out "$lib" --as-of 2025-01-31 >/dev/null
  "${cli[@]}" generate "$out/after-$lang.xlsx" --out "$lib" --as-of 2025-03-01 | head -1
  # The documents at version 2 (what the changes touched), the root deck, the blueprint and the systems workbook.
  python3 - "$lib" "$out/docs/$lang" <<'PY'
import json, shutil, sys
lib, prefix = sys.argv[1], sys.argv[2]
for d in json.load(open(f"{lib}/manifest.json"))["documents"]:
    name = d["path"].replace("/", "_").replace(" ", "_")
    if d.get("version", 1) > 1 or d["path"] in ("Org Chart.pptx", "Customer Journey.pptx", "Business Systems.xlsx"):
        shutil.copy(f"{lib}/{d['path']}", f"{prefix}-{name}")
        print(f"  {d['path']}: {d.get('id')} v{d.get('version')}: {' | '.join(h['change'] for h in d.get('history', [])[:1])}")
PY
done
# One LibreOffice start for all of them, with a private profile so renders can run side by side.
(cd "$out/docs" && libreoffice -env:UserInstallation="file://$out/profile" --headless --convert-to pdf --outdir . ./*.docx ./*.pptx ./*.xlsx >/dev/null 2>&1)
for pdf in "$out/docs"/*.pdf; do
  pdftoppm -png -r 70 "$pdf" "${pdf%.pdf}"
done
echo "$out/docs"
