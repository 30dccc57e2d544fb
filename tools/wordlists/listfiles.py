"""Reads the engine's embedded word lists (src/Corpus.Extraction/Resources/*.txt) for the filter scripts."""


def entries(resources, name, marks="!?"):
    """The entries of one list: comment and blank lines left out, a trailing mark ('!', '?') removed."""
    out = set()
    with open(f"{resources}/{name}", encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line and not line.startswith("#"):
                out.add(line.rstrip(marks))
    return out


def lower(words):
    return {w.lower() for w in words}
