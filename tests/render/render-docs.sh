#!/usr/bin/env bash
# Renders Word documents to PNGs for a person to look at (LibreOffice -> PDF -> pdftoppm); not part of the suite.
#   bash tests/render/render-docs.sh a.docx dir/      these documents, or every .docx under these folders
# Prints the folder holding <folder>-<document>-<page>.png (60 dpi), the PDFs, and a line per document with its
# page count.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v libreoffice >/dev/null && command -v pdftoppm >/dev/null || {
  [ "$(id -u)" = 0 ] || { echo "needs libreoffice (writer) and poppler-utils" >&2; exit 2; }
  apt-get update -q && apt-get install -y -q --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito fonts-noto-cjk >/dev/null
}
out=$(mktemp -d)
docs=()
for arg in "$@"; do
  if [ -d "$arg" ]; then while IFS= read -r -d '' f; do docs+=("$f"); done < <(find "$arg" -name '*.docx' -print0); else docs+=("$arg"); fi
done
# A private LibreOffice profile: several renders (or a desktop session) can run side by side.
profile="file://$out/profile"
for doc in "${docs[@]}"; do
  name=$(echo "$(basename "$(dirname "$(dirname "$doc")")")-$(basename "$doc" .docx)" | tr -c 'A-Za-z0-9_\n-' '_')
  cp "$doc" "$out/$name.docx"
done
# One LibreOffice start for all of them: starting it costs more than converting a document.
(cd "$out" && libreoffice -env:UserInstallation="$profile" --headless --convert-to pdf --outdir "$out" ./*.docx >/dev/null 2>&1)
for pdf in "$out"/*.pdf; do
  pdftoppm -png -r 60 "$pdf" "${pdf%.pdf}"
  echo "$(basename "$pdf" .pdf): $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages"
done
echo "$out"
