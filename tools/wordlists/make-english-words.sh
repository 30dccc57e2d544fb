#!/usr/bin/env bash
# Rebuilds src/Corpus.Extraction/Resources/english-words.txt from SCOWL as Debian packages it (wamerican and
# wbritish, /usr/share/dict/american-english and british-english, SCOWL size 50): every all-lower-case entry of
# three or more letters that neither list also gives with a capital ("apple"/"Apple", "frank"/"Frank" are left out:
# they are names too). Both spellings, because agency copy is written in both ("neighboring", "neighbouring").
# Needs apt (to download the packages) or installed dictionaries.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../src/Corpus.Extraction/Resources/english-words.txt"
tmp=$(mktemp -d)
dicts=()
versions=()
for pair in wamerican:american-english wbritish:british-english; do
  package=${pair%%:*}
  dict=/usr/share/dict/${pair#*:}
  if [ ! -f "$dict" ]; then
    (cd "$tmp" && apt-get download "$package" >/dev/null 2>&1 && dpkg-deb -x "$package"_*.deb root)
    dict="$tmp/root/usr/share/dict/${pair#*:}"
  fi
  dicts+=("$dict")
  versions+=("$package $(dpkg-deb -f "$(ls "$tmp/$package"_*.deb 2>/dev/null || true)" Version 2>/dev/null || dpkg-query -W -f '${Version}' "$package" 2>/dev/null || echo unknown)")
done
{
  cat <<HEADER
# Ordinary English words, all lower case: a capitalised word whose lower-case form is here, and is not also a
# name, is capitalised only by its position ("Referee: ...", "Survivors said ...", "Standings ...").
# Source: SCOWL (Spell Checker Oriented Word Lists, size 50) by Kevin Atkinson, as packaged by Debian in
# ${versions[0]} and ${versions[1]} (/usr/share/dict/american-english and british-english): their entries of three
# or more lower-case letters that neither list also gives capitalised. Regenerate with
# tools/wordlists/make-english-words.sh.
# Licence: SCOWL's, reproduced from its README: "Copyright 2000-2011 by Kevin Atkinson. Permission to use, copy,
# modify, distribute and sell these word lists, the associated scripts, the output created from the scripts, and
# its documentation for any purpose is hereby granted without fee, provided that the above copyright notice
# appears in all copies and that both that copyright notice and this permission notice appear in supporting
# documentation. Kevin Atkinson makes no representations about the suitability of this array for any purpose. It
# is provided "as is" without express or implied warranty." Parts derive from the public-domain Moby Words II
# and ENABLE lists.
HEADER
  LC_ALL=C awk '
    /^[A-Z]/ { caps[tolower($0)] = 1; next }
    /^[a-z][a-z][a-z]+$/ { lower[$0] = 1 }
    END { for (w in lower) if (!(w in caps)) print w }
  ' "${dicts[@]}" | LC_ALL=C sort
} > "$out"
echo "wrote $(grep -vc '^#' "$out") words to $out"
