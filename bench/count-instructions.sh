#!/usr/bin/env bash
# Counts the instructions the engine runs over the benchmark's 1 MiB, for machines too noisy to time a change of a
# few percent (see docs/benchmarks.md): a NativeAOT build of bench/Corpus.InstructionCount runs under valgrind's
# callgrind once with one run and once with three, and the difference, halved, is one run: the same whatever
# else the machine does. Prints instructions and simulated mispredicted branches per run, in all and for the top functions.
# It is a model of the time, not the time: the JIT's profile-guided code differs from NativeAOT's. The engine's count
# repeats exactly; the total moves by a few percent with the garbage collector's work, which a background thread does.
#
# Usage: bash bench/count-instructions.sh [TOP]   (TOP functions listed, default 30; linux-x64, needs valgrind)
# CorpusEngineFramework=netstandard2.0 in the environment counts the analyzer's build of the engine instead of net8.0.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
root="$(cd "$here/.." && pwd)"
top="${1:-30}"
command -v valgrind >/dev/null || { echo "valgrind is not installed" >&2; exit 1; }
[ -d "$here/data" ] || bash "$here/get-fortunes.sh"

work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
dotnet publish -c Release -r linux-x64 "$here/Corpus.InstructionCount" -o "$work/bin" >"$work/publish.log" 2>&1 \
  || { cat "$work/publish.log" >&2; exit 1; }
program="$work/bin/Corpus.InstructionCount"
# valgrind 3.19 cannot read NativeAOT's DWARF; the symbol table alone names the functions.
strip --strip-debug "$program"

cd "$root"
for runs in 1 3; do
  valgrind --tool=callgrind --branch-sim=yes --callgrind-out-file="$work/runs$runs" "$program" "$runs" >"$work/program$runs.log" 2>"$work/valgrind$runs.log" \
    || { cat "$work/valgrind$runs.log" >&2; exit 1; }
done
python3 "$here/callgrind-runs.py" "$work/runs1" "$work/runs3" 2 "$top"
