#!/usr/bin/env python3
"""Writes ordinary-words.txt: words that news copy writes in lower case, so that one of them capitalised at the
start of a sentence ("Given the delays", "Certainly not") is that word, not a name.

Usage: ordinary_words.py GMB_TRAIN.conll [--out DIR]
A word is listed when it occurs at least twice in lower case and is capitalised inside a sentence at most
once for every 20 lower-case uses. Only the list of words is kept (the corpus is ../shared/corpora/ner/gmb,
public-domain VOA text)."""
import argparse
import os
from collections import defaultdict


def main():
    here = os.path.dirname(os.path.abspath(__file__))
    parser = argparse.ArgumentParser()
    parser.add_argument('corpus')
    parser.add_argument('--out', default=here)
    args = parser.parse_args()
    lower, capital = defaultdict(int), defaultdict(int)
    first = True
    for line in open(args.corpus, encoding='utf-8'):
        token = line.split('\t')[0].strip()
        if not token:
            first = True
            continue
        if token.isalpha() and token.islower():
            lower[token] += 1
        elif token.isalpha() and token[0].isupper() and not first:
            capital[token.lower()] += 1
        first = False
    words = sorted(w for w, n in lower.items() if n >= 2 and capital[w] * 20 <= n)
    with open(os.path.join(args.out, 'ordinary-words.txt'), 'w', encoding='utf-8') as out:
        out.write('\n'.join(words) + '\n')


if __name__ == '__main__':
    main()
