#!/usr/bin/env bash
# Renders what an HR officer and a quality manager read, in English, Turkish and Chinese, for a person to look at
# (LibreOffice -> PDF -> PNG, 60 dpi); not part of the suite.
#   bash tests/render/render-languages.sh [out-dir]
# For the sample (init --sample, its Organisation sheet's Language set by workbook-language.py) and the 36-role
# organisation (page-flow-workbook.py) in each language: one document per role type (job description, internship,
# volunteer role, service scope for an outsourced firm and for a freelancer), the first SOP and Delegation.xlsx.
# Prints the folder of <org>-<lang>-<doc>-<page>.png.
set -euo pipefail
cd "$(dirname "$0")/../.."
command -v libreoffice >/dev/null && command -v pdftoppm >/dev/null || {
  [ "$(id -u)" = 0 ] || { echo "needs libreoffice (writer, calc) and poppler-utils" >&2; exit 2; }
  apt-get update -q && apt-get install -y -q --no-install-recommends libreoffice-writer-nogui libreoffice-calc-nogui \
    poppler-utils fonts-crosextra-carlito fonts-noto-cjk >/dev/null
}
out=${1:-$(mktemp -d)}
mkdir -p "$out/docs"
dotnet build service/OfficeInfra.Service -v q -nologo >/dev/null
cli=(dotnet service/OfficeInfra.Service/bin/Debug/net10.0/OfficeInfra.Service.dll)
"${cli[@]}" init "$out/sample.xlsx" --sample --force >/dev/null
for lang in en tr zh-Hans; do
  python3 tests/render/workbook-language.py "$lang" "$out/sample.xlsx" "$out/sample-$lang.xlsx"
  python3 tests/render/page-flow-workbook.py "$lang" "$out/org36-$lang.xlsx" >/dev/null
  for org in sample org36; do
    lib="$out/lib-$org-$lang"
    rm -rf "$lib"
    "${cli[@]}" generate "$out/$org-$lang.xlsx" --out "$lib" --as-of 2025-01-31 >/dev/null
    # One document of each role type (employee, outsourced, freelancer, intern, volunteer: the manifest's model says
    # it, in the organisation's language), the first SOP and the delegation report.
    python3 - "$lib" "$out/docs/$org-$lang" <<'PY'
import base64, gzip, json, shutil, sys
lib, prefix = sys.argv[1], sys.argv[2]
types = set()
roles = 0
for d in json.load(open(f"{lib}/manifest.json"))["documents"]:
    path = f"{lib}/{d['path']}"
    if d["kind"] == "job-description":
        role_type = json.loads(gzip.decompress(base64.b64decode(d["model"])))["Type"]
        if role_type in types:
            continue
        types.add(role_type)
        roles += 1
        name = f"role{roles}"
    elif d["kind"] in ("sop", "delegation-report") and d["kind"] not in types:
        types.add(d["kind"])
        name = d["kind"]
    else:
        continue
    shutil.copy(path, f"{prefix}-{name}.{path.rsplit('.', 1)[1]}")
PY
  done
done
# One LibreOffice start for all of them, with a private profile so renders can run side by side.
(cd "$out/docs" && libreoffice -env:UserInstallation="file://$out/profile" --headless --convert-to pdf --outdir . ./*.docx ./*.xlsx >/dev/null 2>&1)
for pdf in "$out/docs"/*.pdf; do
  pdftoppm -png -r 60 "$pdf" "${pdf%.pdf}"
  echo "$(basename "$pdf" .pdf): $(pdfinfo "$pdf" | awk '/^Pages:/ {print $2}') pages"
done
echo "$out/docs"
