#!/usr/bin/env bash
# Scores `newsextract clean` on Mozilla Readability's test pages (a development benchmark no one here wrote):
# body shingle precision/recall/F1 against each expected.html (ShingleOverlap, 4-word shingles, as the fixture
# test), and title / byline / published-date accuracy against expected-metadata.json.
#
#   scripts/score-readability.sh [CHECKOUT] [--details]   CHECKOUT: a local clone of github.com/mozilla/readability
#                                               (default: ../readability beside the repository)
#
# The pages are copied to a temporary folder, never into the repository. Exits 0 with "skipped: ..." when there
# is no checkout. Builds the CLI and the scorer (scripts/ReadabilityScore) in Release first.
set -euo pipefail

repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
checkout="${1:-$repo/../readability}"
pages="$checkout/test/test-pages"
if [[ ! -d "$pages" ]]; then
    echo "skipped: no checkout at $checkout (expected $pages; clone https://github.com/mozilla/readability there)"
    exit 0
fi

dotnet build "$repo/src/NewsExtract.Cli/NewsExtract.Cli.csproj" -c Release -v quiet -nologo >/dev/null
dotnet build "$repo/scripts/ReadabilityScore/ReadabilityScore.csproj" -c Release -v quiet -nologo >/dev/null

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
mkdir -p "$work/in"
for dir in "$pages"/*/; do
    name="$(basename "$dir")"
    [[ -f "$dir/source.html" ]] && cp "$dir/source.html" "$work/in/$name.html"
done

# clean exits 1 when some page fails; the scorer counts a missing text as an empty extraction.
dotnet "$repo/src/NewsExtract.Cli/bin/Release/net10.0/NewsExtract.Cli.dll" clean "$work/in" --out "$work/out" >/dev/null 2>"$work/clean.err" \
    || { rc=$?; [[ $rc -eq 1 ]] || { cat "$work/clean.err" >&2; exit $rc; }; }

dotnet "$repo/scripts/ReadabilityScore/bin/Release/net10.0/ReadabilityScore.dll" "$pages" "$work/out" "$work/in" "${@:2}"
