"""Regenerate sandbox/uca400.bin: the primary weights MariaDB's utf8mb4_unicode_ci (UCA 4.0.0) gives every BMP
character, read from a real MariaDB with WEIGHT_STRING (dev only; the file is committed).

Usage: mariadb ... -N -B -e "SELECT seq, HEX(WEIGHT_STRING(CONVERT(CHAR(seq USING utf32) USING utf8mb4)
COLLATE utf8mb4_unicode_ci)) FROM seq_0_to_65535 WHERE seq NOT BETWEEN 55296 AND 57343" > weights.tsv
       python scripts/uca_weights.py weights.tsv sandbox/uca400.bin

Only characters whose weights differ from the implicit ones (mautic_hooks_contract/sandbox/collation.py implicit_weights) are stored:
records of (code point delta: 1 byte, or 255 and 2 bytes; weight count: 1 byte; weights: 2 bytes each), zlib.
"""

from __future__ import annotations

import struct
import sys
import zlib
from pathlib import Path

from mautic_hooks_contract.sandbox.collation import implicit_weights


def main(source: str, target: str) -> None:
    out, previous = bytearray(), 0
    for line in Path(source).read_text(encoding="ascii").splitlines():
        code_text, hex_weights = ([*line.split("\t"), ""])[:2]
        code = int(code_text)
        weights = tuple(int(hex_weights[i : i + 4], 16) for i in range(0, len(hex_weights), 4))
        if weights == implicit_weights(code):
            continue
        delta, previous = code - previous, code
        out += bytes([delta]) if delta < 255 else bytes([255]) + struct.pack(">H", delta)
        out += bytes([len(weights)]) + b"".join(struct.pack(">H", w) for w in weights)
    Path(target).write_bytes(zlib.compress(bytes(out), 9))


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
