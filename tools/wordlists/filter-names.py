"""Filters Faker's and human-names' names against the engine's other lists and writes the two *-world.txt resources."""
import glob
import json
import re
import sys

from listfiles import entries as read_entries, lower

res, first_path, last_path, version, human_dir, human_version = sys.argv[1:7]

LATIN = re.compile(r"^[A-ZÀ-ÖØ-Þ][A-Za-zÀ-ÖØ-öø-ÿĀ-ſ'’-]+$")


def human_names():
    """human-names' given names of every language, less the towns the world gazetteer knows ("York", "Brighton")."""
    towns = read_entries(res, "places-world.txt")
    names = set()
    for path in sorted(glob.glob(f"{human_dir}/*-human-names-*.json")):
        with open(path, encoding="utf-8") as f:
            names |= {n for n in json.load(f) if isinstance(n, str) and LATIN.match(n)}
    return names - towns

english = {w.lower() for w in read_entries(res, "english-words.txt")}
blocked = english | {w.lower() for f in ("places.txt", "demonyms.txt", "org-suffixes.txt", "place-suffixes.txt",
                                          "function-words.txt", "common-words.txt") for w in read_entries(res, f)}


def keep(names, known):
    return sorted({n for n in names if len(n) >= 3 and n.lower() not in blocked and n not in known})


HEADER = """# {what}, from the person-name tables of Faker (@faker-js/faker {version}), all its Latin-script locales
# (English in eleven countries, German, French, Spanish, Italian, Portuguese, Dutch, Nordic, Slavic, Baltic,
# Hungarian, Romanian, Turkish, Indonesian, Vietnamese, Afrikaans, Zulu, Yoruba, Georgian and transliterated
# others), without names that are ordinary English words, places, nationalities, suffixes or function words and
# without those already in {hand}. Case-sensitive. Regenerate with tools/wordlists/make-world-names.sh.
# Licence: MIT. Faker - Copyright (c) 2022-2025 (https://github.com/faker-js/faker), based on faker.js, Copyright
# (c) 2011-2020 Marak Squires and contributors. Permission is hereby granted, free of charge, to any person
# obtaining a copy of this software and associated documentation files (the "Software"), to deal in the Software
# without restriction, including without limitation the rights to use, copy, modify, merge, publish, distribute,
# sublicense, and/or sell copies of the Software, and to permit persons to whom the Software is furnished to do
# so, subject to the following conditions: The above copyright notice and this permission notice shall be
# included in all copies or substantial portions of the Software. THE SOFTWARE IS PROVIDED "AS IS", WITHOUT
# WARRANTY OF ANY KIND, EXPRESS OR IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
# FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE AUTHORS OR COPYRIGHT HOLDERS BE
# LIABLE FOR ANY CLAIM, DAMAGES OR OTHER LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING
# FROM, OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE SOFTWARE.
"""

HUMAN = """# Also the given names of human-names {human_version} (popular given names in English, German, French, Spanish,
# Italian and Dutch), filtered the same way and without the towns of places-world.txt. Licence: MIT. Copyright (c)
# 2015 Alessandro Minoccheri (https://github.com/AlessandroMinoccheri/human-names); the permission notice above
# applies to it too.
"""

for src, dst, what, hand, extra in ((first_path, "given-names-world.txt", "Given names of many countries", "given-names.txt", human_names()),
                                    (last_path, "surnames-world.txt", "Surnames of many countries", "surnames.txt", set())):
    with open(src, encoding="utf-8") as f:
        names = [line.strip() for line in f if line.strip()] + sorted(extra)
    kept = keep(names, read_entries(res, hand))
    with open(f"{res}/{dst}", "w", encoding="utf-8", newline="\n") as f:
        f.write(HEADER.format(what=what, version=version, hand=hand))
        if extra:
            f.write(HUMAN.format(human_version=human_version))
        f.write("\n".join(kept) + "\n")
    print(f"wrote {len(kept)} names to {dst}")
