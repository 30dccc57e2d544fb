#!/usr/bin/env bash
# Fetches real English text for the benchmarks into bench/data/ (not committed):
# the text files of Debian's `fortunes` package (fortune-mod's cookie files: quotations, sayings and
# short prose, BSD-licensed), downloaded with `apt-get download` and unpacked with `dpkg-deb -x`.
# Where apt cannot reach a mirror, it falls back to English text already on the machine
# (/usr/share/common-licenses/*), so the benchmarks always have something real to read.
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
data="$here/data"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
# apt's download user must be able to write here.
chmod 755 "$work"

download() {
  (cd "$work" && apt-get download fortunes >/dev/null 2>&1)
}

if command -v apt-get >/dev/null && command -v dpkg-deb >/dev/null; then
  if ! download; then
    # A fresh machine may have no package lists yet; only root can fetch them.
    if [ "$(id -u)" = "0" ]; then
      apt-get update -qq >/dev/null 2>&1 || true
      download || true
    fi
  fi
fi

rm -rf "$data/fortunes" "$data/fallback"
deb="$(ls "$work"/fortunes_*.deb 2>/dev/null | head -n 1 || true)"
if [ -n "$deb" ]; then
  dpkg-deb -x "$deb" "$work/x"
  mkdir -p "$data/fortunes"
  for file in "$work"/x/usr/share/games/fortunes/*; do
    name="$(basename "$file")"
    # The .dat files are binary indexes; the .u8 names are symlinks to the same text.
    case "$name" in *.dat|*.u8) continue ;; esac
    [ -f "$file" ] && [ ! -L "$file" ] || continue
    cp "$file" "$data/fortunes/$name.txt"
  done
  echo "bench/data/fortunes: $(ls "$data/fortunes" | wc -l) files, $(cat "$data/fortunes"/*.txt | wc -c) bytes from $(basename "$deb")"
else
  echo "apt could not download 'fortunes'; using the licence texts in /usr/share/common-licenses instead" >&2
  mkdir -p "$data/fallback"
  for file in /usr/share/common-licenses/*; do
    [ -f "$file" ] || continue
    cp -L "$file" "$data/fallback/$(basename "$file").txt"
  done
  count="$(ls "$data/fallback" | wc -l)"
  if [ "$count" = "0" ]; then
    echo "no English text found for the benchmarks" >&2
    exit 1
  fi
  echo "bench/data/fallback: $count files, $(cat "$data/fallback"/*.txt | wc -c) bytes"
fi
