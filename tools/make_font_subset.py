"""Development tool: rebuild ``viz/assets/NotoSansThai-subset.woff2``, the Thai font the page carries inline.

The page must show Thai on a machine with no Thai font, so it brings its own:
Noto Sans Thai (SIL Open Font License 1.1, ``viz/assets/NotoSansThai-OFL.txt``),
cut down to the Thai block and the few signs the page uses, as WOFF2.  The
subset is committed; this script only documents and repeats how it was made.
It needs fontTools and brotli, which are not dependencies of edugraph::

    .venv/bin/pip install fonttools brotli
    .venv/bin/python tools/make_font_subset.py /usr/share/fonts/truetype/noto/NotoSansThai-Regular.ttf

(the font file is Debian's ``fonts-noto-core``).
"""
from __future__ import annotations

import sys
from pathlib import Path

OUT = Path(__file__).resolve().parents[1] / "viz" / "assets" / "NotoSansThai-subset.woff2"
#: The Thai block, and the punctuation that Thai text in the corpus uses.
UNICODES = "U+0E01-0E5B,U+0020-007E,U+00A0,U+00B7,U+2013-2014,U+2018-201D,U+2026,U+200B-200D,U+25CC"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        print(__doc__, file=sys.stderr)
        return 2
    from fontTools import subset       # a development tool only: imported when run

    subset.main([argv[0], f"--unicodes={UNICODES}", "--flavor=woff2", "--layout-features=*",
                 "--name-IDs=*", "--name-languages=*", "--no-hinting", "--desubroutinize", f"--output-file={OUT}"])
    print(f"wrote {OUT} ({OUT.stat().st_size:,} bytes)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
