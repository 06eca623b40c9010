#!/usr/bin/env bash
# Page flow of the Word documents (issue 22), for a person to check; not part of the suite (LibreOffice takes minutes).
#   bash tests/render/page-flow.sh [out-dir]
# Writes a 36-role organisation (page-flow-workbook.py: six departments, every role type, one to seven tasks a role)
# and the sample (init --sample) in en, tr and zh-Hans, generates each library with the CLI, converts every .docx to
# PDF with LibreOffice and lists
# each page after the first whose body (the page less its header and footer line) is at most three lines: a heading
# or a sentence left alone. Exits 1 when a page holds only a heading or one line. PNGs of those pages (and of the
# first JD and SOP of each language) are written next to the PDFs for looking at.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v libreoffice >/dev/null && command -v pdftoppm >/dev/null || {
  [ "$(id -u)" = 0 ] || { echo "needs libreoffice (writer) and poppler-utils" >&2; exit 2; }
  apt-get update -q && apt-get install -y -q --no-install-recommends libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito fonts-noto-cjk >/dev/null
}
out=${1:-$(mktemp -d)}
mkdir -p "$out"
dotnet build service/OfficeInfra.Service -v q -nologo >/dev/null
cli=(dotnet service/OfficeInfra.Service/bin/Debug/net10.0/OfficeInfra.Service.dll)
lone=0
"${cli[@]}" init "$out/sample.xlsx" --sample --force >/dev/null
for lang in en tr zh-Hans; do
  python3 tests/render/page-flow-workbook.py "$lang" "$out/$lang.xlsx" >/dev/null
  python3 tests/render/workbook-language.py "$lang" "$out/sample.xlsx" "$out/sample-$lang.xlsx"
  for org in "$lang" "sample-$lang"; do
    rm -rf "$out/lib-$org" "$out/pdf-$org"
    "${cli[@]}" generate "$out/$org.xlsx" --out "$out/lib-$org" --as-of 2026-12-01 >/dev/null
    mkdir -p "$out/pdf-$org"
    # One LibreOffice for every document of the organisation, with a private profile so renders can run side by side.
    find "$out/lib-$org" -name '*.docx' -print0 | xargs -0 libreoffice -env:UserInstallation="file://$out/profile" --headless \
      --convert-to pdf --outdir "$out/pdf-$org" >/dev/null 2>&1
    for pdf in "$out/pdf-$org"/*.pdf; do
      pages=$(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}')
      for ((p = 2; p <= pages; p++)); do
        # Body lines: the page's non-empty lines less the header (first) and the footer (last).
        body=$(pdftotext -layout -f "$p" -l "$p" "$pdf" - | grep -v '^[[:space:]]*$' | sed '1d;$d')
        count=$(printf '%s' "$body" | grep -c . || true)
        if [ "$count" -le 3 ]; then
          verdict=short; [ "$count" -le 2 ] && { verdict=LONE; lone=$((lone + 1)); }
          echo "$verdict $org $(basename "$pdf") page $p/$pages: $(printf '%s' "$body" | tr -s ' \n' ' ' | cut -c1-120)"
          pdftoppm -png -r 50 -f "$p" -l "$p" "$pdf" "$out/pdf-$org/$(basename "$pdf" .pdf)-page"
        fi
      done
    done
    echo "$org: $(ls "$out/pdf-$org"/*.pdf | wc -l) documents, $(for f in "$out/pdf-$org"/*.pdf; do pdfinfo "$f" | awk '/^Pages:/ {print $2}'; done | awk '{s += $1} END {print s}') pages"
  done
done
echo "$out: $lone page(s) holding only a heading or one line"
[ "$lone" -eq 0 ]
