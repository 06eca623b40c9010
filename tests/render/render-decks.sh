#!/usr/bin/env bash
# Renders org-chart decks to PNGs for a person to look at (LibreOffice -> PDF -> pdftoppm); not part of the suite.
#   bash tests/render/render-decks.sh                 the sample organisation's decks (generated with the CLI)
#   bash tests/render/render-decks.sh a.pptx dir/     these decks, or every .pptx under these folders
# Prints the folder holding <deck>-<page>.png (50 dpi) and the PDFs.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v libreoffice >/dev/null && command -v pdftoppm >/dev/null || {
  [ "$(id -u)" = 0 ] || { echo "needs libreoffice (impress) and poppler-utils" >&2; exit 2; }
  apt-get update -q && apt-get install -y -q --no-install-recommends libreoffice-impress-nogui poppler-utils fonts-crosextra-carlito fonts-noto-cjk >/dev/null
}
out=$(mktemp -d)
decks=()
if [ $# -eq 0 ]; then
  dotnet run --project service/OfficeInfra.Service -v q -- generate samples/contoso.xlsx --out "$out/library" >/dev/null
  set -- "$out/library"
fi
for arg in "$@"; do
  if [ -d "$arg" ]; then while IFS= read -r -d '' f; do decks+=("$f"); done < <(find "$arg" -name '*.pptx' -print0); else decks+=("$arg"); fi
done
# A private LibreOffice profile: several renders (or a desktop session) can run side by side.
profile="file://$out/profile"
for deck in "${decks[@]}"; do
  name=$(echo "$(basename "$(dirname "$deck")")-$(basename "$deck" .pptx)" | tr -c 'A-Za-z0-9_\n-' '_')
  cp "$deck" "$out/$name.pptx"
  libreoffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$out" "$out/$name.pptx" >/dev/null 2>&1
  pdftoppm -png -r 50 "$out/$name.pdf" "$out/$name"
done
echo "$out"
