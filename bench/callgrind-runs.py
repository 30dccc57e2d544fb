#!/usr/bin/env python3
"""Per-run counts from two callgrind outputs of the same program run a different number of times:
(longer - shorter) / RUNS for the totals and for each function (bench/count-instructions.sh).

Usage: callgrind-runs.py SHORTER LONGER RUNS [TOP]
"""
import re
import subprocess
import sys

# One row of callgrind_annotate: Ir Bc Bcm Bi Bim, each a number with its share or a dot, then the function.
COUNT = r"(?:([\d,]+) \([^)]*\)|\.)"
ROW = re.compile(r"\s*" + r"\s+".join([COUNT] * 5) + r"\s+(\S.*)$")


def counts(path):
    out = subprocess.run(["callgrind_annotate", "--threshold=100", path], capture_output=True, text=True, check=True).stdout
    table = {}
    for line in out.splitlines():
        m = ROW.match(line)
        if not m:
            continue
        values = [int(v.replace(",", "")) if v else 0 for v in m.groups()[:5]]
        name = m.group(6)
        name = re.sub(r"^\?\?\?:", "", name)
        name = re.sub(r" \[.*\]$", "", name)
        name = re.sub(r"'\d+$", "", name)  # callgrind names a function's recursive entries f'2, f'3
        name = name.replace("Corpus_Extraction_Corpus_Extraction_", "")
        table[name] = [a + b for a, b in zip(table.get(name, [0] * 5), values)]
    return table


def main():
    shorter, longer, runs = counts(sys.argv[1]), counts(sys.argv[2]), float(sys.argv[3])
    top = int(sys.argv[4]) if len(sys.argv) > 4 else 30
    rows = []
    total = [0.0] * 5
    for name in set(shorter) | set(longer):
        per_run = [(b - a) / runs for a, b in zip(shorter.get(name, [0] * 5), longer.get(name, [0] * 5))]
        if "PROGRAM TOTALS" in name:
            total = per_run
        else:
            rows.append((per_run, name))
    engine = sum(r[0] for r, n in rows if n.startswith(("Names_", "Text_", "Quotes_", "Corpus_", "Json_", "DocumentExtractor")))
    print(f"per run: {total[0] / 1e6:.1f} M instructions ({engine / 1e6:.1f} M in the engine), "
          f"{total[2] / 1e3:.0f} k conditional and {total[4] / 1e3:.0f} k indirect branches mispredicted")
    rows.sort(key=lambda r: -r[0][0])
    for per_run, name in rows[:top]:
        print(f"{per_run[0] / 1e6:8.2f} M  {per_run[2] / 1e3:7.1f} k mispredicted  {name[:100]}")


if __name__ == "__main__":
    sys.exit(main())
