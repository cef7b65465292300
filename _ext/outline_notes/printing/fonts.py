"""The fonts a printed document needs, chosen from the characters it holds.

The body is set in FreeSerif, FreeSans and FreeMono. A character none of them has is set in
the first fallback that has it: Noto Sans CJK for Chinese, Japanese and Korean (whose lines
then break between characters), Symbola and DejaVu Sans for symbols and emoji, through XeTeX
character classes holding exactly the characters the document has.
A fallback is loaded only when the document needs it: loading fonts is most of a LaTeX
run's time. :func:`font_setup` is pure; :func:`write_font_files` asks fontconfig
(``fc-match``) which characters each installed font has.
"""

from __future__ import annotations

import bisect
import shutil
import subprocess
import unicodedata
from pathlib import Path

MAIN = {"main": "FreeSerif", "sans": "FreeSans", "mono": "FreeMono"}
CJK_FONT = "Noto Sans CJK SC"
FALLBACKS = (CJK_FONT, "Symbola", "DejaVu Sans")
FONT_FILE = "{name}.fonts"  # beside {name}.tex, read by its preamble (conf.py fontpkg)

Ranges = list[tuple[int, int]]


def parse_charset(text: str) -> Ranges:
    """fontconfig's ``%{charset}`` ("20-7e a0-377 37a") as sorted (first, last) pairs."""
    ranges = []
    for part in text.split():
        first, _, last = part.partition("-")
        try:
            ranges.append((int(first, 16), int(last or first, 16)))
        except ValueError:
            continue
    return sorted(ranges)


def covers(ranges: Ranges, code: int) -> bool:
    index = bisect.bisect_right(ranges, (code, 0x10FFFF)) - 1
    return index >= 0 and ranges[index][0] <= code <= ranges[index][1]


def is_cjk(code: int) -> bool:
    """Han, kana, hangul and CJK punctuation and forms (as outlinenotes.lua)."""
    return (
        0x2E80 <= code <= 0x9FFF
        or 0xAC00 <= code <= 0xD7AF
        or 0xF900 <= code <= 0xFAFF
        or 0xFF00 <= code <= 0xFFEF
        or 0x20000 <= code <= 0x3FFFF
    )


def needed(
    text: str, main: list[Ranges], fallbacks: dict[str, Ranges]
) -> tuple[dict[str, list[str]], list[str]]:
    """({fallback font: the characters it sets}, characters no font has) for ``text``.

    A character is the main fonts' when all of them (serif, sans, mono) have it."""
    chosen: dict[str, list[str]] = {}
    missing = []
    for char in sorted(set(text)):
        code = ord(char)
        if code < 0x80 or char.isspace() or unicodedata.category(char) in ("Cc", "Cf"):
            continue  # ASCII, spaces, controls and format marks: no glyph to find
        if all(covers(ranges, code) for ranges in main):
            continue
        font = next((name for name, ranges in fallbacks.items() if covers(ranges, code)), None)
        if font is None:
            missing.append(char)
        else:
            chosen.setdefault(font, []).append(char)
    return chosen, missing


def font_setup(chosen: dict[str, list[str]]) -> str:
    """The preamble lines for XeLaTeX: the main fonts, and the fallbacks ``chosen`` needs.

    Each fallback gets a XeTeX character class holding just its characters; entering the
    class opens a group in that font, leaving it closes the group. With CJK characters,
    lines may also break between any two of them (ICU's Chinese line breaking)."""
    out = [f"\\set{kind}font{{{family}}}" for kind, family in MAIN.items()]
    if not chosen:
        return "\n".join(out) + "\n"
    out.append("\\XeTeXinterchartokenstate=1")
    if any(is_cjk(ord(c)) for c in chosen.get(CJK_FONT, [])):
        out += ['\\XeTeXlinebreaklocale "zh"', "\\XeTeXlinebreakskip=0pt plus 1pt"]
    for number, (font, chars) in enumerate(sorted(chosen.items())):
        letter = chr(ord("A") + number)
        family, klass = f"\\outlinenotesfallback{letter}", f"\\outlinenotesclass{letter}"
        out += [f"\\newfontfamily{family}{{{font}}}", f"\\newXeTeXintercharclass{klass}"]
        out += [f'\\XeTeXcharclass"{ord(c):X}={klass}' for c in chars]
        for before in ("0", "4095"):  # from text (or a boundary) into the class, and back
            out.append(f"\\XeTeXinterchartoks {before} {klass}={{\\begingroup{family}}}")
            out.append(f"\\XeTeXinterchartoks {klass} {before}={{\\endgroup}}")
    return "\n".join(out) + "\n"


def preamble() -> str:
    """For ``latex_elements["fontpkg"]``: the document's ``<name>.fonts``, else (LaTeX run on
    a folder from before) the main fonts alone."""
    name = FONT_FILE.format(name="\\jobname")
    return f"\\IfFileExists{{{name}}}{{\\input{{{name}}}}}{{{font_setup({}).replace(chr(10), '')}}}\n"


def charset_of(family: str) -> Ranges | None:
    """The characters of an installed font family; None when fontconfig has no such font
    (it would answer with another font in its place)."""
    if shutil.which("fc-match") is None:
        return None
    try:
        found = subprocess.run(
            ["fc-match", "--format", "%{family}\n%{charset}", family],
            capture_output=True,
            text=True,
            timeout=30,
        ).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    families, _, charset = found.partition("\n")
    if family.lower() not in [name.strip().lower() for name in families.split(",")]:
        return None
    return parse_charset(charset)


def missing_fonts(families=None) -> list[str]:
    """The font families fontconfig does not have (all of them without fontconfig); by
    default of the main fonts and the fallbacks."""
    wanted = (*MAIN.values(), *FALLBACKS) if families is None else families
    return [family for family in wanted if charset_of(family) is None]


def write_font_files(latex_dir: Path, names: list[str]) -> None:
    """``<name>.fonts`` for each document: its fonts. A character no installed font has is
    left to the main font, and XeLaTeX names it in its log (make pdf reports it)."""
    main = [ranges for family in MAIN.values() if (ranges := charset_of(family)) is not None]
    fallbacks = {family: ranges for family in FALLBACKS if (ranges := charset_of(family)) is not None}
    for name in names:
        text = (Path(latex_dir) / f"{name}.tex").read_text("utf-8", errors="replace")
        chosen, _ = needed(text, main or [[(0x20, 0x7E)]], fallbacks)
        target = Path(latex_dir) / FONT_FILE.format(name=name)
        setup = font_setup(chosen)
        if not target.exists() or target.read_text("utf-8") != setup:
            target.write_text(setup, "utf-8")
