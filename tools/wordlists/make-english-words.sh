#!/usr/bin/env bash
# Rebuilds src/Corpus.Extraction/Resources/english-words.txt from SCOWL as Debian packages it (wamerican,
# /usr/share/dict/american-english, SCOWL size 50): every all-lower-case entry of three or more letters that the
# list does not also give with a capital ("apple"/"Apple", "frank"/"Frank" are left out: they are names too).
# Needs apt (to download the package) or an installed /usr/share/dict/american-english.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
out="$here/../../src/Corpus.Extraction/Resources/english-words.txt"
dict=/usr/share/dict/american-english
if [ ! -f "$dict" ]; then
  tmp=$(mktemp -d)
  (cd "$tmp" && apt-get download wamerican >/dev/null && dpkg-deb -x wamerican_*.deb root)
  dict="$tmp/root/usr/share/dict/american-english"
fi
version=$(dpkg-deb -f "$(ls "${tmp:-/nonexistent}"/wamerican_*.deb 2>/dev/null || true)" Version 2>/dev/null || dpkg-query -W -f '${Version}' wamerican 2>/dev/null || echo unknown)
{
  cat <<HEADER
# Ordinary English words, all lower case: a capitalised word whose lower-case form is here, and is not also a
# name, is capitalised only by its position ("Referee: ...", "Survivors said ...", "Standings ...").
# Source: SCOWL (Spell Checker Oriented Word Lists, size 50) by Kevin Atkinson, as packaged by Debian in
# wamerican $version (/usr/share/dict/american-english): its entries of three or more lower-case letters that
# the list does not also give capitalised. Regenerate with tools/wordlists/make-english-words.sh.
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
  ' "$dict" | LC_ALL=C sort
} > "$out"
echo "wrote $(grep -vc '^#' "$out") words to $out"
