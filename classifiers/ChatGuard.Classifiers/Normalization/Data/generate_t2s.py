#!/usr/bin/env python3
"""Generates t2s.txt, the traditional -> simplified Chinese table the normalizer embeds.

Sources: the Unicode Unihan database as Debian's `unicode-data` package ships it
(/usr/share/unicode/Unihan_Variants.txt.bz2: kSimplifiedVariant, kSemanticVariant, kZVariant;
Unihan_OtherMappings.txt.bz2: kTGH), and OpenCC's character table as Debian's `libopencc-data` ships it
(/usr/share/opencc/TSCharacters.ocd2, read with `opencc_dict` from the `opencc` package).
Output: one mapping per line, the traditional character followed by its simplified one.
A character that lists itself among its simplified variants is already simplified
(e.g. 干 for 乾/幹) and is left out, so ambiguous characters are never rewritten.
Characters in KEEP are left out too: 幺 is the spoken digit one (幺三九), not only a variant of 么.

Which simplified form: Unihan lists variants in no order of use, and the first one is often a rare
Extension code point (鑑 -> U+30FAB) that no message and no term list contains, so folding to it loses
the word (鑑定 never read as 鉴定). A candidate in the Table of General Standard Chinese Characters
(kTGH, the 8,105 characters mainland text is written in) is preferred; then OpenCC's usual form when it
is such a character (嶽 -> 岳, 讚 -> 赞, which Unihan only knows by rare forms); then a BMP candidate.
When every candidate lies outside the BMP, a Z variant or a semantic variant attested by two
dictionaries stands in if it, or its simplified form, is common (巖 ~ 岩, 鑑 ~ 鑒 -> 鉴); otherwise
Unihan's first candidate is kept. A common character whose only simplification is rare is left out
(瑙 of 玛瑙). Characters Unihan gives no simplified variant join from OpenCC when it folds them to one common
character (裡 -> 里, 遊 -> 游, 週 -> 周).

Run: python3 generate_t2s.py [/usr/share/unicode [TSCharacters.ocd2]] > t2s.txt
"""
import bz2
import collections
import subprocess
import sys
import tempfile


KEEP = {ord("幺")}


def code_point(field: str) -> int:
    return int(field.split("<")[0][2:], 16)


def read_common(source: str) -> set:
    """The 8,105 characters of the Table of General Standard Chinese Characters (通用规范汉字表, kTGH)."""
    common = set()
    with bz2.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            if "\tkTGH\t" in line:
                common.add(code_point(line.split("\t")[0]))
    return common


def attested(value: str) -> bool:
    """A kSemanticVariant named by at least two dictionaries (U+9452<kHKGlyph,kMatthews): one alone is
    often a loose kinship (餵 ~ 諉) rather than the same word."""
    return len(value.partition("<")[2].split(",")) >= 2


def read_variants(source: str) -> dict:
    variants = collections.defaultdict(lambda: collections.defaultdict(list))
    with bz2.open(source, "rt", encoding="utf-8") as lines:
        for line in lines:
            if line.startswith("#") or not line.strip():
                continue
            cp, field, values = line.rstrip("\n").split("\t")
            if field == "kSemanticVariant":
                values = " ".join(v for v in values.split() if attested(v))
            variants[code_point(cp)][field] += [code_point(v) for v in values.split()]
    return variants


def read_opencc(source: str) -> dict:
    """OpenCC's character table (TSCharacters), its usual form first: `乾\t干 乾`."""
    with tempfile.NamedTemporaryFile(suffix=".txt") as text:
        subprocess.run(["opencc_dict", "-i", source, "-o", text.name, "-f", "ocd2", "-t", "text"], check=True)
        with open(text.name, encoding="utf-8") as lines:
            return {ord(trad): [ord(c) for c in forms.split()]
                    for trad, forms in (line.rstrip("\n").split("\t") for line in lines)}


def common_through_variants(trad: int, variants: dict, common: set) -> list:
    """Common characters reached through the character's Z or attested semantic variants: the variant
    itself (巖 ~ 岩) before a variant's simplified form (鑑 ~ 鑒 -> 鉴)."""
    related = variants[trad]["kZVariant"] + variants[trad]["kSemanticVariant"]
    direct = [v for v in related if v in common]
    simplified = [s for v in related for s in variants[v]["kSimplifiedVariant"] if s in common]
    return list(dict.fromkeys(direct + simplified))


def simplified_form(trad: int, variants: dict, common: set, opencc: dict) -> int:
    candidates = variants[trad]["kSimplifiedVariant"]
    # min is stable: among equals Unihan's order stands.
    best = min(candidates, key=lambda cp: (cp not in common, cp > 0xFFFF))
    if best in common:
        return best
    usual = [c for c in opencc.get(trad, []) if c in common and c != trad]
    if usual:
        return usual[0]
    if best <= 0xFFFF:
        return best
    through_variants = common_through_variants(trad, variants, common)
    return through_variants[0] if through_variants else best


def main() -> None:
    folder = sys.argv[1] if len(sys.argv) > 1 else "/usr/share/unicode"
    variants = read_variants(folder + "/Unihan_Variants.txt.bz2")
    common = read_common(folder + "/Unihan_OtherMappings.txt.bz2")
    opencc = read_opencc(sys.argv[2] if len(sys.argv) > 2 else "/usr/share/opencc/TSCharacters.ocd2")
    pairs = {}
    for trad in variants:
        simplified = variants[trad]["kSimplifiedVariant"]
        if not simplified or trad in simplified or trad in KEEP:
            continue
        simplified_to = simplified_form(trad, variants, common, opencc)
        # A common character is never folded to a rare one (玛瑙 stays 玛瑙); 於 -> 于 still folds.
        if trad in common and simplified_to not in common:
            continue
        pairs[trad] = simplified_to
    # Traditional forms Unihan gives no simplified variant for, but OpenCC folds to one common character: variant
    # spellings written daily in Taiwan and Hong Kong (裡 -> 里, 遊 -> 游, 週 -> 周, 滙 -> 汇, 菸 -> 烟). A form OpenCC
    # also keeps (乾 -> 干 or 乾) or a character of the standard table itself is ambiguous and stays out.
    for trad, forms in opencc.items():
        if trad in pairs or trad in KEEP or trad in common or trad in forms or len(forms) != 1 or forms[0] not in common:
            continue
        pairs[trad] = forms[0]
    # Folding is done once, so a form that is itself folded is followed to its end (薴 -> 苧 -> 苎).
    for trad in pairs:
        seen = {trad}
        while pairs[trad] in pairs and pairs[trad] not in seen:
            seen.add(pairs[trad])
            pairs[trad] = pairs[pairs[trad]]
    out = sys.stdout
    out.write("# generated by generate_t2s.py from Unihan and OpenCC TSCharacters; do not edit\n")
    for trad in sorted(pairs):
        out.write(chr(trad) + chr(pairs[trad]) + "\n")


if __name__ == "__main__":
    main()
