#!/usr/bin/env python3
"""Writes crafted seeds that attack the engine's running time, each about 1 MB, into the folder given.

Each pattern makes many distinct names (or words) that share whatever a cheap key would look at: the same
ends and middle, the same first letters and length, one endless line, one endless sentence. A table or a walk
that is keyed or bounded by such a key turns quadratic on them. Time each with
`dotnet run --project src/Corpus.Cli -c Release -- extract FILE > /dev/null`: with linear code every file takes
about the same time per megabyte as ordinary prose (see docs/benchmarks.md).

Usage: make-seeds.py OUTDIR [SCALE]   (SCALE multiplies every file's size; default 1)
"""
import itertools
import os
import random
import sys

out = sys.argv[1]
scale = float(sys.argv[2]) if len(sys.argv) > 2 else 1.0
os.makedirs(out, exist_ok=True)
rng = random.Random(20261126)
LETTERS = 'abcdefghijklmnopqrstuvwxyz'


def n(count):
    return max(1, int(count * scale))


def word(length=6):
    return ''.join(rng.choice(LETTERS) for _ in range(length))


def cap(length=6):
    return word(length).capitalize()


def write(name, text):
    with open(os.path.join(out, name), 'w', encoding='utf-8') as f:
        f.write(text)


combos = list(itertools.product(LETTERS, repeat=4))
rng.shuffle(combos)

# Names alike at both ends and in the middle: a hash of a few sampled characters chains them all.
names = ['Ka' + a + b + 'm' + c + d + 'zz' for a, b, c, d in combos[:n(60000)]]
write('same-ends-names.txt', ' '.join(f'{names[i]} met {names[i + 1]} today.' for i in range(0, len(names) - 1, 2)))

# Sentence-initial capitals and lower-case words sharing first letters, last letter and length.
count = n(40000)
caps = ['Ka' + ''.join(c) + 'az' for c in combos[:count]]
lows = ['ka' + ''.join(c) + 'az' for c in combos[count:2 * count]]
write('echo-keys.txt', ' '.join(f'{caps[i]} sat by the {lows[i]}.' for i in range(count)))

# One endless run of capitalised words, and one endless sentence without a stop.
write('one-name-run.txt', ' '.join(cap() for _ in range(n(150000))))
write('one-sentence.txt', ' '.join(cap() if i % 3 == 0 else word() for i in range(n(150000))))

# Bracketed acronyms on one long line: every acronym is in capitals, asked whether its line is shouted.
acronyms = [''.join(rng.choice(LETTERS.upper()) for _ in range(4)) for _ in range(n(30000))]
write('acronyms-one-line.txt', ' '.join(f'The {cap()} {cap()} {cap()} {cap()} ({a}) met {a} officials.' for a in acronyms))

# One endless line of words in capitals: every word asks whether its line is shouted.
write('caps-one-line.txt', ' '.join(word(5).upper() for _ in range(n(80000))))

# Many people sharing one surname, each followed by the bare surname.
write('shared-surname.txt', ' '.join(f'Chairman {cap()} Li spoke. Li said it.' for _ in range(n(30000))))

# Quotation marks that never close, of every kind.
write('open-quotes.txt', ' '.join(rng.choice(['"', '\u201c', '\u2018', "'", '\u00ab']) + f'{word()} {word()}' for _ in range(n(60000))))

# Connectors, shouted lines, quotations with speakers, hyphens and apostrophes.
write('connectors.txt', ' '.join(f'Bank of {cap()}' for _ in range(n(100000))))
write('shouted-lines.txt', '\n'.join(' '.join(word().upper() for _ in range(8)) for _ in range(n(20000))))
write('quotes-with-speakers.txt', ' '.join(
    f'"{word()} {word()} {word()}," said {cap()} {cap()}, the {word()} of {cap()} Corp.' for _ in range(n(20000))))
write('hyphens-apostrophes.txt', ' '.join(f"{cap()}-{cap()}'s {word()}-{word()} O'{cap()}" for _ in range(n(40000))))
# Runs joined through "and": every connector that reads back over the run at each "and" turns quadratic here.
write('and-chain.txt', ' and '.join(f'{cap()} Board' for _ in range(n(60000))) + '.')
write('and-places.txt', ' and '.join(rng.choice(['Trinidad', 'Bosnia', 'Antigua', 'Saint Kitts']) for _ in range(n(80000))) + '.')
# Business names always written with a possessive, quoted titles and prepositions before names.
write('possessive-titles.txt', ' '.join(
    f"The sale at {c}'s in London followed. {c}'s said \"The {cap()} Road\" sold." for c in (cap() for _ in range(n(20000)))))
# Acronyms whose letters the joining words could give or not: "of" twelve times among words in O before "(OOOOOOOO)"
# tries every way of spelling it from them, unless each way is tried once.
write('acronym-joins.txt', ' '.join(
    'The ' + ' '.join(f'of O{word(5)}' if i % 2 else 'of' for i in range(12)) + ' (OOOOOOOO) met.' for _ in range(n(12000))))
# A sports story whose every side also plays at home: each "In X," keeps the city apart from the side in a group of
# its own, which must be found by name, not by a walk over the others kept apart; results lines with teams after a
# rider's country and scoring labels follow.
write('sports-venues.txt', 'SOCCER - LEAGUE RESULTS AND STANDINGS .\nLONDON 1996-08-24\n' + '\n'.join(
    f'{c} 2 {d} 1\nIn {c}, striker {cap()} {cap()} scored twice.\n1. {cap()} {cap()} (France) {d}-{cap()} 4 hours\n'
    f'{c} - Tries: {cap()} (2), {cap()}.' for c, d in ((cap(), cap()) for _ in range(n(8000)))))
# Braces that never close on their line: the template-residue rule once searched from every "{" to the next "}"
# anywhere in the text.
write('braces.txt', '{' * n(500000) + '}')
# Brackets, quotation marks that only close or nest, and reporting verbs without quotations: every search that starts
# at one of them must stop at a bound of its own rule (the line, the sentence, a few words).
write('open-parens.txt', ' '.join(f'({cap()} {word()}' for _ in range(n(120000))))
write('nested-quotes.txt', ' '.join(rng.choice(['"', "'", '\u201c', '\u2018']) + cap() for _ in range(n(150000))) + '"')
write('closing-quotes.txt', ' '.join(cap() + rng.choice(['"', "'", '\u201d', '\u2019']) for _ in range(n(150000))))
write('said-runs.txt', ' '.join(f'{cap()} said {word()} {cap()} told {cap()}.' for _ in range(n(50000))))
# One list of 80,000 names in one sentence, and one word of a million letters.
write('list-names.txt', 'The members are ' + ', '.join(f'{cap()} {cap()}' for _ in range(n(80000))) + ' and Zed Zed.')
write('long-word.txt', word(n(1000000)))
# Walks forward or back through the text or the tokens from marks that may never be matched, runs of initials and of
# one mark, one name mentioned over and over, headlines over many short stories, and quotation marks paired on one line.
write('initials-run.txt', ' '.join(f'{rng.choice(LETTERS).upper()}.' for _ in range(n(330000))))
write('brackets-deep.txt', '(' * n(250000) + ' Anna Smith ' + ')' * n(250000) + '[' * n(250000) + ' Bob.')
write('hyphen-run.txt', '-' * n(500000) + ' ' + "'" * n(500000) + ' Anna.')
write('one-name-repeated.txt', ' '.join('Anna Smith said' if i % 4 == 0 else 'Smith' for i in range(n(170000))))
write('cjk-runs.txt', ''.join(rng.choice('\u4e2d\u6587\u5b57\u3002\u300c\u300d\u201c') for _ in range(n(330000))))
write('markup-lines.txt', '\n'.join(f'<div class="{word()}">{cap()} {cap()}</div> {{{{ {cap()} }}}} [[{cap()}]]'
                                    for _ in range(n(20000))))
write('many-documents.txt', '\n\n'.join(f'{cap().upper()} {cap().upper()}\n{cap()} {cap()} said on {cap()}.'
                                        for _ in range(n(30000))))
write('open-quote-one-kind.txt', ' '.join(f'\u201c{cap()} {word()}' for _ in range(n(70000))))
write('acronym-definitions.txt', '\n'.join(f'The {a[0]}{word(5)} {a[1]}{word(5)} {a[2]}{word(5)} ({a}) grew. {a} said.'
                                           for a in (''.join(c).upper() for c in combos[:n(25000)])))
write('headline-names.txt', '\n'.join(f'{cap().upper()} {cap().upper()} MEETS {cap().upper()} IN {cap().upper()}\n'
                                      f'{cap()} {cap()} met {cap()} in {cap()}.' for _ in range(n(15000))))
write('quote-pairs-one-line.txt', ' '.join(f'\u201c{word()} {cap()}\u201d {word()} \u2018{cap()}\u2019 {cap()} added'
                                           for _ in range(n(30000))))
