#!/usr/bin/env bash
# Rebuilds src/Corpus.Extraction/Resources/given-names-world.txt and surnames-world.txt from the person-name
# tables of Faker (@faker-js/faker, MIT licence) across its Latin-script locales, and the popular given names of
# human-names (MIT licence; English, German, French, Spanish, Italian and Dutch). A name is left out when it is
# shorter than three letters, when its lower-case form is an ordinary English word (english-words.txt and the
# SCOWL list it comes from), or when it is already a place, a nationality, an organisation or place suffix, a
# function word, or an entry of the hand-compiled lists; a name only human-names gives is also left out when the
# world gazetteer knows it as a town ("York", "Brighton"). Needs node and npm (the packages are fetched into a
# temporary folder) and python3.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
res="$here/../../src/Corpus.Extraction/Resources"
version=10.6.0
human_version=1.0.13
tmp=$(mktemp -d)
(cd "$tmp" && npm init -y >/dev/null && npm install --silent "@faker-js/faker@$version" "human-names@$human_version" >/dev/null)
cp "$here/faker-names.mjs" "$tmp/"
(cd "$tmp" && node faker-names.mjs)
python3 "$here/filter-names.py" "$res" "$tmp/first.txt" "$tmp/last.txt" "$version" "$tmp/node_modules/human-names/data" "$human_version"
