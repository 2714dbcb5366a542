#!/usr/bin/env bash
# Times `newsextract clean` on one large HTML page at a time (issue 8: a 5 MB page in under 2 s, linear in size).
# Builds the pages in a temporary folder, never in the repository:
#   wide  - two fixtures' article blocks and site chrome, repeated side by side
#   deep  - one long article in nested sections, then a comment thread nested 60 replies deep
#   flat  - one container of tens of thousands of sibling paragraphs and <br> lines
#   real  - the body of a Readability test page (nytimes-3) repeated, when a checkout is given or beside the repo
# Prints the median wall time (start-up included) of --runs runs per page, and with --baseline DLL the same for that
# build of the command line, alternating with this one in the same run.
#
#   scripts/bench-clean.sh [--sizes "1 2 5"] [--runs 3] [--baseline OTHER/NewsExtract.Cli.dll] [--readability DIR]
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
sizes="1 2 5"; runs=3; baseline=""; readability="$repo/../readability"
while [[ $# -gt 0 ]]; do
    case "$1" in
        --sizes) sizes="$2"; shift 2 ;;
        --runs) runs="$2"; shift 2 ;;
        --baseline) baseline="$2"; shift 2 ;;
        --readability) readability="$2"; shift 2 ;;
        -h|--help) sed -n 2,12p "$0"; exit 0 ;;
        *) echo "bench-clean: unknown argument $1" >&2; exit 2 ;;
    esac
done
command -v python3 >/dev/null || { echo "bench-clean: needs python3 to build the pages" >&2; exit 3; }
dll="$repo/src/NewsExtract.Cli/bin/Release/net10.0/NewsExtract.Cli.dll"
[[ -f "$dll" ]] || { echo "bench-clean: build first (dotnet build NewsExtract.sln -c Release)" >&2; exit 3; }
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

for mb in $sizes; do
    python3 - "$repo/tests/NewsExtract.Tests/Fixtures/Html" "$work" "$mb" "$readability/test/test-pages/nytimes-3/source.html" <<'EOF'
import os, random, re, sys
fixtures, out, mb, real = sys.argv[1], sys.argv[2], float(sys.argv[3]), sys.argv[4]
target = int(mb * 1024 * 1024)
random.seed(1)
words = open(os.path.join(fixtures, "layout_newspaper.expected.txt"), encoding="utf-8").read().split()
def sentence():
    return " ".join(random.choice(words) for _ in range(random.randint(8, 25))).capitalize() + "."
def paragraph():
    return " ".join(sentence() for _ in range(random.randint(2, 5)))
def page(name, head, body):
    folder = os.path.join(out, f"{name}{sys.argv[3]}")
    os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, f"{name}.html"), "w", encoding="utf-8") as f:
        f.write(f"<!doctype html><html>{head}<body>{body}</body></html>")
read = lambda n: open(os.path.join(fixtures, n), encoding="utf-8").read()
inner = lambda h: re.search(r"<body[^>]*>(.*)</body>", h, re.S).group(1)
a, b = read("layout_newspaper.html"), read("layout_ghost.html")
block = f'<div class="col">{inner(a)}</div><div class="col">{inner(b)}</div>'
page("wide", re.search(r"<head>.*?</head>", a, re.S).group(0), block * max(1, target // len(block)))
parts, size, depth = ["<article><h1>Long report</h1>"], 0, 0
while size < target * 0.7:
    if random.random() < 0.1 and depth < 30:
        parts.append("<section>"); depth += 1
    p = f"<p>{paragraph()}</p>"; parts.append(p); size += len(p)
parts.append("</section>" * depth + '</article><div class="comments">')
while size < target:
    for d in range(60):
        c = f'<div class="reply"><p class="author">reader{d}</p><p>{sentence()}</p>'; parts.append(c); size += len(c)
    parts.append("</div>" * 60)
page("deep", "<head><title>Long report</title></head>", "".join(parts) + "</div>")
parts, size = [], 0
while size < target:
    p = f"<p>{paragraph()}</p>" if random.random() < 0.7 else f"{sentence()}<br>"; parts.append(p); size += len(p)
page("flat", "<head><title>Flat page</title></head>", '<div id="main">' + "".join(parts) + "</div>")
if os.path.exists(real):
    source = open(real, encoding="utf-8").read()
    m = re.search(r"(<body[^>]*>)(.*)(</body>)", source, re.S)
    folder = os.path.join(out, f"real{sys.argv[3]}"); os.makedirs(folder, exist_ok=True)
    with open(os.path.join(folder, "real.html"), "w", encoding="utf-8") as f:
        f.write(source[:m.start(2)] + m.group(2) * max(1, target // len(m.group(2))) + source[m.end(2):])
EOF
done

median() { sort -n | awk '{ v[NR] = $1 } END { printf "%.2f", (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
time_one() { # dll folder -> seconds
    local start end
    rm -rf "$work/out"
    start=$(date +%s.%N)
    dotnet "$1" clean "$2" --out "$work/out" >/dev/null 2>&1 || true
    end=$(date +%s.%N)
    echo "$end - $start" | bc
}
printf "%-8s %10s %12s%s\n" page MB "this build" "${baseline:+   baseline}"
for folder in "$work"/*/; do
    [[ "$(basename "$folder")" == out ]] && continue
    bytes=$(du -cb "$folder"*.html | tail -n 1 | cut -f1)
    : > "$work/this"; : > "$work/base"
    for _ in $(seq "$runs"); do
        time_one "$dll" "$folder" >> "$work/this"
        [[ -n "$baseline" ]] && time_one "$baseline" "$folder" >> "$work/base"
    done
    printf "%-8s %10.2f %10s s%s\n" "$(basename "$folder")" "$(echo "$bytes / 1048576" | bc -l)" "$(median < "$work/this")" \
        "${baseline:+   $(median < "$work/base") s}"
done
