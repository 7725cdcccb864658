"""Writes src/domain/faq/commonWords.json: the most frequent words of English and Polish.

The FAQ engine weighs a word no knowledge entry uses by how common it is in the language: "morning" or
"szef" in a chatty question is no topic, while a rare word ("reservation") may be the question's intent.

The frequencies are wordfreq's (https://github.com/rspeer/wordfreq), whose data is licensed CC BY-SA 4.0;
the JSON keeps the source and licence with the lists. Run once with pip available:

    python3 scripts/common-words.py
"""

import gzip
import json
import pathlib
import re
import subprocess
import sys
import tempfile
import zipfile

WORDFREQ = "wordfreq==3.1.1"
# Polish inflects: the same lemmas take about twice as many word forms.
LIMITS = {"en": 5000, "pl": 10000}
WORD = re.compile(r"[a-ząćęłńóśźż]{3,}")
OUT = pathlib.Path(__file__).resolve().parent.parent / "src" / "domain" / "faq" / "commonWords.json"

with tempfile.TemporaryDirectory() as tmp:
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--quiet", "--no-deps", "-d", tmp, WORDFREQ, "msgpack"],
        check=True,
    )
    for wheel in pathlib.Path(tmp).glob("msgpack-*.whl"):
        zipfile.ZipFile(wheel).extractall(tmp)
    sys.path.insert(0, tmp)
    import msgpack  # noqa: E402

    wheel = zipfile.ZipFile(next(pathlib.Path(tmp).glob("wordfreq-*.whl")))
    lists = {}
    for lang, limit in LIMITS.items():
        # A list of frequency buckets, most frequent first, after a header.
        buckets = msgpack.unpackb(gzip.decompress(wheel.read(f"wordfreq/data/small_{lang}.msgpack.gz")))
        words = [word for bucket in buckets[1:] for word in bucket if WORD.fullmatch(word)]
        lists[lang] = words[:limit]

OUT.write_text(
    json.dumps(
        {
            "source": f"{WORDFREQ} (https://github.com/rspeer/wordfreq), most frequent words, by frequency",
            "license": "CC BY-SA 4.0 (https://creativecommons.org/licenses/by-sa/4.0/)",
            **lists,
        },
        ensure_ascii=False,
    )
    + "\n",
    encoding="utf-8",
)
print(f"{OUT}: " + ", ".join(f"{lang} {len(words)}" for lang, words in lists.items()))
