#!/usr/bin/env bash
# End-to-end throughput, memory and start-up benchmark of `claimx extract`: one command, re-runnable.
#
#   bench/extract-throughput.sh            # everything (first run builds the corpora: a few minutes)
#   SIZE_MB=200 bench/extract-throughput.sh
#   SKIP_MEMORY=1 SKIP_STARTUP=1 bench/extract-throughput.sh
#   RUNS=3 bench/extract-throughput.sh   # each throughput row three times, builds taking turns: the best and the median
#
# 1. Publishes claimx three ways (Release): framework-dependent JIT (what `dotnet run` runs), framework-dependent
#    ReadyToRun for linux-x64 (what `dotnet tool install` puts there) and Native AOT.
# 2. Builds bench/corpus/large (>= SIZE_MB MB, default 110, of lightly varied copies of samples/ plus
#    ../shared/corpus/polnear-dev/texts and seeds when present) and the small-article corpora (1,000 and 100,000).
#    Corpora are kept between runs (delete bench/corpus to rebuild); bench/ ignores them in git.
# 3. Times the real command end to end with /usr/bin/time -v for --jobs 1 and --jobs $(nproc), for each build:
#    MB/s, articles/s, peak RSS. Output goes to /dev/null; CSV, the default format.
# 4. Peak RSS for 1,000, 10,000 and 100,000 small articles (flat memory check), for each build.
# 5. Start-up on one sample article with hyperfine: the JIT build, a trimmed self-contained ReadyToRun build, and
#    a Native AOT build when it can be published here.
# Results: printed, and written to bench/out/results.md.
set -euo pipefail

root="$(cd "$(dirname "$0")/.." && pwd)"
cd "$root"
out="$root/bench/out"
corpus="$root/bench/corpus"
size_mb="${SIZE_MB:-110}"
cores="$(nproc)"
mkdir -p "$out" "$corpus"
results="$out/results.md"

need() {
    # Debian packages; the benchmark is run as root on the project's machines, else with sudo.
    local command="$1" package="$2"
    if ! command -v "$command" >/dev/null 2>&1 && [ ! -x "$command" ]; then
        echo "bench: installing $package" >&2
        local sudo=""; [ "$(id -u)" -ne 0 ] && sudo="sudo"
        $sudo apt-get update -qq >/dev/null
        $sudo apt-get install -y -qq "$package" >/dev/null
    fi
}
need /usr/bin/time time
need hyperfine hyperfine
need python3 python3

echo "== publish (Release): JIT (framework-dependent, what the .NET tool runs) and Native AOT"
dotnet publish src/ClaimX.Cli -c Release -o "$out/jit" -v quiet -nologo >/dev/null
# What `dotnet tool install` puts on a linux-x64 machine: framework-dependent, precompiled (ReadyToRun).
dotnet publish src/ClaimX.Cli -c Release -r linux-x64 --self-contained false -o "$out/tool" -v quiet -nologo >/dev/null
builds=(jit tool)
if dotnet publish src/ClaimX.Cli -r linux-x64 -p:PublishAot=true -c Release -o "$out/aot" -v quiet -nologo > "$out/aot.log" 2>&1; then
    builds+=(aot)
else
    echo "bench: Native AOT publish failed (see bench/out/aot.log); measuring the JIT build only" >&2
fi
# Sets the claimx array to the command of build $1.
use_build() {
    case "$1" in
        jit) claimx=(dotnet "$out/jit/claimx.dll") ;;
        tool) claimx=(dotnet "$out/tool/claimx.dll") ;;
        aot) claimx=("$out/aot/claimx") ;;
    esac
}
build_name() { case "$1" in jit) echo "JIT (dotnet run)" ;; tool) echo ".NET tool (ReadyToRun)" ;; aot) echo "Native AOT" ;; esac; }
use_build jit

sources=("$root/samples")
for extra in "$root/../shared/corpus/polnear-dev/texts" "$root/../shared/corpus/seeds"; do
    [ -d "$extra" ] && sources+=("$extra")
done

# A corpus folder may be a symbolic link (to a bigger disk, or to a corpus built elsewhere): it is emptied, not
# replaced, and measured through the link. Only the folder given is followed, as `claimx extract DIR` does.
reset_dir() {
    if [ -L "$1" ]; then
        find -H "$1" -mindepth 1 -delete
    else
        rm -rf "$1"
    fi
}

echo "== corpora"
if [ ! -f "$corpus/large-$size_mb.done" ]; then
    reset_dir "$corpus/large"
    python3 bench/make_corpus.py large "$corpus/large" --min-mb "$size_mb" --sources "${sources[@]}"
    touch "$corpus/large-$size_mb.done"
fi
for count in 1000 10000 100000; do
    if [ -z "${SKIP_MEMORY:-}" ] && [ ! -f "$corpus/small-$count.done" ]; then
        reset_dir "$corpus/small-$count"
        python3 bench/make_corpus.py small "$corpus/small-$count" --count "$count"
        touch "$corpus/small-$count.done"
    fi
done

# Article files as claimx reads them: the folder given is followed when it is a link, and so are links to files.
articles_of() { find -H "$1" -name '*.txt' -xtype f -print0; }
bytes_of() { articles_of "$1" | xargs -0r stat -L -c '%s' | awk '{ s += $1 } END { print s + 0 }'; }
files_of() { articles_of "$1" | tr -dc '\0' | wc -c; }

# Runs claimx on a corpus under /usr/bin/time -v; sets wall (s), cpu (user + system s) and rss (MB).
timed() {
    local dir="$1" jobs="$2" log="$out/time.log"
    "/usr/bin/time" -v "${claimx[@]}" extract "$dir" --jobs "$jobs" --quiet > /dev/null 2> "$log"
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$log")"
    cpu="$(awk -F': ' '/User time|System time/ { s += $2 } END { printf "%.1f", s }' "$log")"
    rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$log")"
}

model="$(awk -F': ' '/model name/ { print $2; exit }' /proc/cpuinfo)"
mem="$(awk '/MemTotal/ { printf "%.0f GiB", $2 / 1048576 }' /proc/meminfo)"
{
    echo "Machine: $model, $cores cores, $mem; $(. /etc/os-release && echo "$PRETTY_NAME"); .NET SDK $(dotnet --version)."
    echo "Load average at start (other processes share the cores): $(cut -d' ' -f1-3 /proc/loadavg)."
    echo "Commit: $(git rev-parse --short HEAD 2>/dev/null || echo unknown); run $(date -u '+%Y-%m-%d %H:%M UTC')."
    echo
} > "$results"

echo "== throughput"
large_bytes="$(bytes_of "$corpus/large")"
large_files="$(files_of "$corpus/large")"
"${claimx[@]}" extract "$root/samples" > /dev/null   # warm the file cache and the disk image of claimx
cat "$corpus"/large/*/article-0000*.txt > /dev/null 2>&1 || true
{
    echo "Throughput: \`claimx extract bench/corpus/large --jobs N > /dev/null\` (CSV), $large_files articles, $(awk -v b="$large_bytes" 'BEGIN { printf "%.1f", b / 1e6 }') MB:"
    echo
    echo "| build | --jobs | wall (s) | CPU user+sys (s) | MB/s | articles/s | MB per CPU-second | peak RSS (MB) |"
    echo "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |"
} >> "$results"
# RUNS=N times each row, the builds taking turns, and the row reports the fastest run (the host's other load only
# ever slows a run down) with the median wall time beside it.
runs="${RUNS:-1}"
declare -A walls cpus rsses
for ((run = 1; run <= runs; run++)); do
    for build in "${builds[@]}"; do
        use_build "$build"
        for jobs in 1 "$cores"; do
            timed "$corpus/large" "$jobs"
            walls[$build,$jobs]+="$wall "; cpus[$build,$jobs]+="$cpu "; rsses[$build,$jobs]+="$rss "
        done
    done
done
for build in "${builds[@]}"; do
    for jobs in 1 "$cores"; do
        # The fastest run's wall, CPU and RSS, and the median wall of all runs.
        read -r wall cpu rss median < <(paste <(tr ' ' '\n' <<< "${walls[$build,$jobs]}") <(tr ' ' '\n' <<< "${cpus[$build,$jobs]}") \
            <(tr ' ' '\n' <<< "${rsses[$build,$jobs]}") | awk 'NF == 3' | sort -n \
            | awk '{ w[NR] = $1; c[NR] = $2; r[NR] = $3 } END { m = (NR % 2) ? w[(NR + 1) / 2] : (w[NR / 2] + w[NR / 2 + 1]) / 2; print w[1], c[1], r[1], m }')
        label="$(build_name "$build")"
        [ "$runs" -gt 1 ] && label="$label, best of $runs (median $(printf '%.1f' "$median") s)"
        awk -v k="$label" -v j="$jobs" -v w="$wall" -v c="$cpu" -v b="$large_bytes" -v n="$large_files" -v r="$rss" \
            'BEGIN { printf "| %s | %s | %.1f | %s | %.1f | %.0f | %.1f | %s |\n", k, j, w, c, b / 1e6 / w, n / w, b / 1e6 / c, r }' >> "$results"
    done
done
echo >> "$results"

if [ -z "${SKIP_MEMORY:-}" ]; then
    echo "== memory: 1,000, 10,000 and 100,000 small articles"
    small_avg="$(awk -v b="$(bytes_of "$corpus/small-1000")" 'BEGIN { printf "%.0f", b / 1000 }')"
    {
        echo "Memory: peak RSS of \`claimx extract DIR --jobs $cores\` over small articles (~$small_avg bytes each, 1,000 per folder):"
        echo
        echo "| build | articles | wall (s) | peak RSS (MB) |"
        echo "| --- | ---: | ---: | ---: |"
    } >> "$results"
    for build in "${builds[@]}"; do
        use_build "$build"
        for count in 1000 10000 100000; do
            timed "$corpus/small-$count" "$cores"
            printf '| %s | %s | %.1f | %s |\n' "$(build_name "$build")" "$count" "$wall" "$rss" >> "$results"
        done
    done
    use_build jit
    echo >> "$results"
fi

echo "== long runs: one article of 2 MB in a single line without sentence ends"
# Scraped pages and transcript dumps: the rules that read a whole sentence or line around each cue must stay linear.
if [ ! -f "$corpus/one-line.txt" ]; then
    python3 - "$corpus/one-line.txt" <<'PY'
import random, sys
random.seed(7)
words = "officials said the figure was 45 percent higher on Tuesday than in March 2019 while 12 people died".split()
open(sys.argv[1], "w", encoding="utf-8").write(" ".join(random.choice(words) for _ in range(400000)))
PY
fi
{
    echo "Long runs: \`claimx extract one-line.txt\` ($(stat -c '%s' "$corpus/one-line.txt") bytes, one line, no sentence end):"
    echo
    echo "| build | wall (s) | peak RSS (MB) |"
    echo "| --- | ---: | ---: |"
} >> "$results"
for build in "${builds[@]}"; do
    use_build "$build"
    "/usr/bin/time" -v "${claimx[@]}" extract "$corpus/one-line.txt" --quiet > /dev/null 2> "$out/time.log"
    wall="$(awk -F': ' '/Elapsed \(wall clock\)/ { n = split($2, p, ":"); s = 0; for (i = 1; i <= n; i++) s = s * 60 + p[i]; print s }' "$out/time.log")"
    rss="$(awk -F': ' '/Maximum resident set size/ { printf "%.0f", $2 / 1024 }' "$out/time.log")"
    printf '| %s | %.2f | %s |\n' "$(build_name "$build")" "$wall" "$rss" >> "$results"
done
echo >> "$results"

if [ -z "${SKIP_STARTUP:-}" ]; then
    echo "== start-up"
    sample="$root/samples/$(ls "$root/samples" | grep '\.txt$' | head -1)"
    use_build jit
    commands=("${claimx[*]} extract $sample")
    names=("JIT, framework-dependent (dotnet claimx.dll, as dotnet run)")
    commands+=("dotnet $out/tool/claimx.dll extract $sample")
    names+=(".NET tool on linux-x64: framework-dependent, ReadyToRun")
    if dotnet publish src/ClaimX.Cli -r linux-x64 -c Release -p:PublishTrimmed=true -p:SelfContained=true \
        -p:PublishReadyToRun=true -o "$out/r2r" -v quiet -nologo > "$out/r2r.log" 2>&1; then
        commands+=("$out/r2r/claimx extract $sample")
        names+=("ReadyToRun, trimmed, self-contained")
    fi
    if [[ " ${builds[*]} " == *" aot "* ]]; then
        commands+=("$out/aot/claimx extract $sample")
        names+=("Native AOT")
    fi
    hyperfine -N --warmup 3 --runs 30 --export-json "$out/startup.json" "${commands[@]}" > /dev/null
    {
        echo "Start-up: \`claimx extract $(basename "$sample")\`, hyperfine, 30 runs after 3 warm-ups:"
        echo
        echo "| build | mean (ms) | min (ms) | max (ms) |"
        echo "| --- | ---: | ---: | ---: |"
        python3 - "$out/startup.json" "${names[@]}" <<'PY'
import json, sys
results = json.load(open(sys.argv[1]))["results"]
names = sys.argv[2:]
for i, r in enumerate(results):
    print(f"| {names[i]} | {r['mean'] * 1000:.0f} | {r['min'] * 1000:.0f} | {r['max'] * 1000:.0f} |")
for name in names[len(results):]:
    print(f"| {name} | - | - | - |")
PY
        echo
    } >> "$results"
fi

echo
cat "$results"
