#!/usr/bin/env python3
"""Turns the hand-annotated wire stories (markup/NN_name.markup) into NN_name.txt and NN_name.gold.json.

Markup: [TYPE text] with TYPE one of PER, ORG, LOC, MISC (CoNLL-2003 conventions). A '?' after the type
([LOC? Wall Street]) marks a mention whose CoNLL type or span is uncertain (hyphenated compounds the CoNLL
tokenizer keeps as one token, index names); it is still gold, flagged "uncertain" so errors on it can be told apart.
Offsets are UTF-16 code units (what .NET strings index). The .txt has no trailing newline.

Run from anywhere: python3 strip_markup.py   (rewrites every output next to the markup folder)
"""
import json, os, re, sys

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.dirname(HERE)
TAG = re.compile(r"\[(PER|ORG|LOC|MISC)(\?)? ([^\[\]]+?)\]")


def utf16_len(s):
    return len(s.encode("utf-16-le")) // 2


def strip(markup):
    text, mentions, pos = [], [], 0
    for m in TAG.finditer(markup):
        text.append(markup[pos:m.start()])
        start = utf16_len("".join(text))
        name = m.group(3)
        if name != name.strip():
            raise ValueError(f"span with outer spaces: {m.group(0)!r}")
        text.append(name)
        mention = {"start": start, "length": utf16_len(name), "text": name, "type": m.group(1)}
        if m.group(2):
            mention["uncertain"] = True
        mentions.append(mention)
        pos = m.end()
    text.append(markup[pos:])
    plain = "".join(text).rstrip("\n")
    if "[" in plain or "]" in plain:
        raise ValueError("unbalanced or malformed markup left in the text")
    return plain, mentions


def main():
    names = sorted(f for f in os.listdir(HERE) if f.endswith(".markup"))
    for f in names:
        with open(os.path.join(HERE, f), encoding="utf-8") as h:
            plain, mentions = strip(h.read())
        stem = f[: -len(".markup")]
        with open(os.path.join(OUT, stem + ".txt"), "w", encoding="utf-8", newline="") as h:
            h.write(plain)
        gold = {
            "document": stem + ".txt",
            "note": "Wire-style story written for evaluation and annotated by hand (CoNLL-2003 conventions, mention level) "
                    "without reading the engine. Generated from markup/" + f + " by markup/strip_markup.py; edit the markup, not this file.",
            "mentions": mentions,
        }
        with open(os.path.join(OUT, stem + ".gold.json"), "w", encoding="utf-8", newline="\n") as h:
            json.dump(gold, h, ensure_ascii=False, indent=1)
            h.write("\n")
        counts = {t: sum(1 for m in mentions if m["type"] == t) for t in ("PER", "ORG", "LOC", "MISC")}
        print(f"{stem}: {len(plain.split())} words, {counts}")


if __name__ == "__main__":
    sys.exit(main())
