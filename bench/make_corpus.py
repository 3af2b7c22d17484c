#!/usr/bin/env python3
"""Builds a benchmark corpus of realistic news articles for bench/extract-throughput.sh.

Articles come from the repository's samples (and any other article folders given, such as the shared PolNeAR dev
texts; folders are read recursively and symbolic links to folders and files are followed), each copy lightly varied so that no two files are identical: numbers shift, two body paragraphs may swap
places, and the front matter (source, date) changes. Deterministic for given arguments, so runs compare.

  make_corpus.py large OUT --min-mb 110 --sources samples ../shared/corpus/polnear-dev/texts
  make_corpus.py small OUT --count 100000
"""
import argparse
import os
import random
import re
import sys

OUTLETS = ["The Daily Ledger", "Harbor Gazette", "Valley Broadcasting", "Northern Public Radio", "The Evening Post"]
NUMBER = re.compile(r"\d+")
FRONT_MATTER = re.compile(r"\A---\r?\n.*?\r?\n---\r?\n", re.S)
PER_FOLDER = 1000


def article_paths(folder):
    """The .txt files below a folder in sorted order, through symbolic links (a corpus folder is often a link to
    a shared or bigger disk); a folder reached twice through links is read once, so a link loop ends."""
    seen = set()
    for directory, subdirectories, names in os.walk(folder, followlinks=True):
        real = os.path.realpath(directory)
        if real in seen:
            subdirectories[:] = []
            continue
        seen.add(real)
        subdirectories.sort()
        for name in sorted(names):
            path = os.path.join(directory, name)
            if name.endswith(".txt") and os.path.isfile(path):
                yield path


def read_sources(folders):
    texts = []
    for folder in folders:
        if not os.path.isdir(folder):
            continue
        for path in article_paths(folder):
            with open(path, encoding="utf-8", errors="replace") as f:
                body = FRONT_MATTER.sub("", f.read(), count=1)
            if body.strip():
                texts.append(body)
    if not texts:
        sys.exit("make_corpus: no source articles found in " + ", ".join(folders))
    return texts


def vary(body, rng, index):
    shift = index % 7 + 1
    body = NUMBER.sub(lambda m: str(int(m.group()) + shift) if len(m.group()) < 6 else m.group(), body)
    paragraphs = body.split("\n\n")
    if len(paragraphs) > 4:
        i = rng.randrange(1, len(paragraphs) - 2)
        paragraphs[i], paragraphs[i + 1] = paragraphs[i + 1], paragraphs[i]
    date = f"20{rng.randrange(15, 25):02d}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}"
    front = f"---\nsource: {rng.choice(OUTLETS)}\ndate: {date}\n---\n"
    return front + "\n\n".join(paragraphs)


def path_for(out, index):
    folder = os.path.join(out, f"{index // PER_FOLDER:04d}")
    if index % PER_FOLDER == 0:
        os.makedirs(folder, exist_ok=True)
    return os.path.join(folder, f"article-{index:06d}.txt")


def large(args):
    texts = read_sources(args.sources)
    rng = random.Random(20260304)
    target = args.min_mb * 1_000_000
    total = index = 0
    while total < target:
        data = vary(texts[index % len(texts)], rng, index).encode("utf-8")
        with open(path_for(args.out, index), "wb") as f:
            f.write(data)
        total += len(data)
        index += 1
    print(f"{index} articles, {total} bytes")


def small(args):
    rng = random.Random(1000)
    names = ["Mayor Jane Ruiz", "Chief Ann Bell", "Senator Tom Hale", "Judge Lee Park", "Dr. Sam Okafor"]
    total = 0
    for index in range(args.count):
        speaker = names[index % len(names)]
        text = (f"---\nsource: {OUTLETS[index % len(OUTLETS)]}\ndate: 2020-03-{index % 28 + 1:02d}\n---\n"
                f"The council met on Monday to discuss a budget of {rng.randrange(2, 90)} million dollars.\n\n"
                f"\u201cWe will spend {rng.randrange(2, 40)} million dollars on the new bridge,\u201d said {speaker}.\n\n"
                f"\u201cThe vote is expected within {rng.randrange(2, 11)} days,\u201d {speaker.split()[-1]} added.\n")
        data = text.encode("utf-8")
        with open(path_for(args.out, index), "wb") as f:
            f.write(data)
        total += len(data)
    print(f"{args.count} articles, {total} bytes")


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    sub = parser.add_subparsers(dest="kind", required=True)
    p = sub.add_parser("large")
    p.add_argument("out")
    p.add_argument("--min-mb", type=int, default=110)
    p.add_argument("--sources", nargs="+", required=True)
    p = sub.add_parser("small")
    p.add_argument("out")
    p.add_argument("--count", type=int, required=True)
    args = parser.parse_args()
    os.makedirs(args.out, exist_ok=True)
    large(args) if args.kind == "large" else small(args)


if __name__ == "__main__":
    main()
