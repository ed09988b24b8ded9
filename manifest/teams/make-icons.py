#!/usr/bin/env python3
"""Writes color.png (192x192) and outline.png (32x32, white on transparent) with zlib only: no downloads."""
import struct, zlib, os

def png(path, size, pixel):
    rows = b"".join(b"\x00" + b"".join(bytes(pixel(x, y)) for x in range(size)) for y in range(size))
    def chunk(kind, data):
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
    data = b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0)) \
        + chunk(b"IDAT", zlib.compress(rows, 9)) + chunk(b"IEND", b"")
    with open(path, "wb") as f:
        f.write(data)

def bars(x, y, size, pad):
    """Three rising bars (a call-volume chart) inside the padded square."""
    inner = size - 2 * pad
    if not (pad <= x < size - pad and pad <= y < size - pad):
        return False
    u, v = (x - pad) / inner, (y - pad) / inner
    for i, height in enumerate((0.45, 0.7, 0.95)):
        left = 0.06 + i * 0.32
        if left <= u < left + 0.24 and v >= 1 - height:
            return True
    return False

here = os.path.dirname(os.path.abspath(__file__))
# Colour icon: symbol within the central 96 px (48 px padding), on the accent colour, square corners.
png(os.path.join(here, "color.png"), 192,
    lambda x, y: (255, 255, 255, 255) if bars(x, y, 192, 48) else (0x0F, 0x6C, 0xBD, 255))
# Outline icon: pure white on fully transparent, no padding.
png(os.path.join(here, "outline.png"), 32,
    lambda x, y: (255, 255, 255, 255) if bars(x, y, 32, 0) else (0, 0, 0, 0))
