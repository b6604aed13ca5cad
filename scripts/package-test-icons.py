#!/usr/bin/env python3
"""Checks a `loket --smoke-screenshot` PNG shows the side-bar icons (scripts/package-test).

The side bar is the dark column at the left of the main window; each navigation entry has a white
line-drawing icon (SVG). Without Qt's SVG plugins the icons are blank, and the bar holds only its
labels. The check: in the icon column of the bar (left of the labels) there are enough light
pixels on the dark background, spread over several entries.
Standard library only (zlib): the test root has no Pillow.
usage: package-test-icons.py FILE.png
"""
import struct
import sys
import zlib


def read_png(path):
    with open(path, "rb") as f:
        data = f.read()
    if data[:8] != b"\x89PNG\r\n\x1a\n":
        raise SystemExit(f"{path}: not a PNG")
    pos, idat, width = 8, b"", 0
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        chunk = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, colour, _, _, interlace = struct.unpack(">IIBBBBB", chunk)
            if depth != 8 or colour not in (2, 6) or interlace:
                raise SystemExit(f"{path}: only 8-bit RGB/RGBA, not interlaced (got {depth}/{colour})")
            channels = 3 if colour == 2 else 4
        elif kind == b"IDAT":
            idat += chunk
        pos += 12 + length
    raw = zlib.decompress(idat)
    stride = width * channels
    rows, prev = [], bytearray(stride)
    for y in range(height):
        start = y * (stride + 1)
        kind, line = raw[start], bytearray(raw[start + 1:start + 1 + stride])
        for i in range(stride):
            a = line[i - channels] if i >= channels else 0
            b = prev[i]
            c = prev[i - channels] if i >= channels else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append([sum(line[x * channels:x * channels + 3]) // 3 for x in range(width)])
        prev = line
    return width, height, rows


def main():
    path = sys.argv[1]
    width, height, grey = read_png(path)
    # The side bar: the dark columns from the left edge (most pixels darker than 100).
    bar = 0
    while bar < width // 3 and sum(1 for y in range(height) if grey[y][bar] < 100) > height * 0.6:
        bar += 1
    if bar < 40:
        raise SystemExit(f"{path}: no dark side bar at the left ({bar} px): the window did not draw")
    # The bar's rows (menu and status bars are light), and its icon column: left of the labels,
    # which start about 46 px in.
    rows = [y for y in range(height) if grey[y][2] < 100]
    light_rows = [y for y in rows if sum(1 for x in range(8, 44) if grey[y][x] > 170) >= 2]
    # Group light rows into icons (runs of rows with gaps under 6 px).
    icons, last = 0, -100
    for y in light_rows:
        if y - last > 6:
            icons += 1
        last = y
    light = sum(1 for y in rows for x in range(8, 44) if grey[y][x] > 170)
    print(f"{path}: side bar {bar} px wide, {light} light pixels in its icon column, {icons} icons")
    if icons < 5 or light < 200:
        raise SystemExit(f"{path}: the side-bar icons are missing (blank): is Qt's SVG support installed?")


if __name__ == "__main__":
    main()
