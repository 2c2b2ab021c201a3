#!/usr/bin/env python3
"""Writes crates/heard-domain/src/spoken/languages.tsv: the languages 311 staff can record as
spoken on a contact through an interpreter.

Source: Debian's iso-codes package (ISO 639-2, 639-3 and 639-5 as JSON under
/usr/share/iso-codes/json/, and their gettext catalogues under /usr/share/locale/).
Rerun from the repository root after `apt-get install iso-codes`:

    python3 tools/gen_languages.py

Every ISO 639-2 entry that ISO 639-3 calls a living language is kept; collective codes
(listed in ISO 639-5), reserved and special codes (qaa-qtz, mis, mul, und, zxx), and ancient,
historical, extinct and constructed languages are dropped, since no caller speaks them to an
interpreter. A few ISO 639-3 languages are added because interpreters are booked by them.

The autonym is the language's English name translated by the catalogue of that same
language; it is kept only when the catalogue holds a translation for it. The sixteen languages
of the public pages carry the autonym those pages show, whatever the catalogues say.
"""
import gettext
import json
import re
from pathlib import Path

JSON_DIR = Path("/usr/share/iso-codes/json")
LOCALE_DIR = Path("/usr/share/locale")
OUTPUT = Path("crates/heard-domain/src/spoken/languages.tsv")

# ISO 639-3 languages that ISO 639-2 lacks but 311 books interpreters for: the two spoken
# varieties of Chinese asked for most, and the sign languages of Deaf callers in Canada.
# Varieties that 311 books interpreters for but ISO 639-2 lacks: Cantonese, Mandarin, Dari,
# Hakka, Min Nan (Hokkien, Teochew), Northern and Central Kurdish, Rohingya, and two sign
# languages.
EXTRA_639_3 = ["yue", "cmn", "prs", "hak", "nan", "kmr", "ckb", "rhg", "ase", "fcs"]

# English names as callers and staff say them today, where ISO's differ.
ENGLISH = {
    "cmn": "Mandarin",
    "el": "Greek",
    "ht": "Haitian Creole",
    "ky": "Kyrgyz",
    "or": "Odia",
    "pa": "Punjabi",
    "ps": "Pashto",
    "rup": "Aromanian",
    "ug": "Uyghur",
    "yue": "Cantonese",
}

# Autonyms of the public pages' languages (crates/heard-domain/src/language.rs), so the staff
# list names them as residents see them; `zh` covers the pages' zh-Hans and zh-Hant.
AUTONYMS = {
    "en": "English",
    "fr": "Français",
    "zh": "中文",
    "yue": "粵語",
    "cmn": "普通话",
    "tl": "Tagalog",
    "es": "Español",
    "pt": "Português",
    "it": "Italiano",
    "ta": "தமிழ்",
    "pa": "ਪੰਜਾਬੀ",
    "ur": "اردو",
    "fa": "فارسی",
    "ar": "العربية",
    "ko": "한국어",
    "ru": "Русский",
    "vi": "Tiếng Việt",
}

# "(macrolanguage)" and date ranges such as "(1453-)" or "(post 1500)" mean nothing to a caller.
QUALIFIER = re.compile(r"\s*\((?:macrolanguage|[^)]*\d[^)]*)\)")


class _Missing(gettext.NullTranslations):
    """Fallback that tells an untranslated message apart from one translated as itself."""

    def gettext(self, message):
        return None


def load(name, key):
    return json.loads((JSON_DIR / name).read_text(encoding="utf-8"))[key]


def catalogue(folder, domain):
    path = LOCALE_DIR / folder / "LC_MESSAGES" / f"{domain}.mo"
    if not path.is_file():
        return None
    with path.open("rb") as f:
        translations = gettext.GNUTranslations(f)
    translations.add_fallback(_Missing())
    return translations


def autonym(tag, alpha3, name_639_2, name_639_3):
    if tag in AUTONYMS:
        return AUTONYMS[tag]

    # The 639-2 catalogues name languages as 639-2 does, the 639-3 one as 639-3 does.
    lookups = [("iso_639-2", name_639_2), ("iso_639", name_639_2), ("iso_639-3", name_639_3)]
    for folder in dict.fromkeys([tag, alpha3]):
        for domain, msgid in lookups:
            translations = msgid and catalogue(folder, domain)
            found = translations and translations.gettext(msgid)
            if found:
                # "Catalan; Valencian" becomes "català; valencià": keep the first name.
                return QUALIFIER.sub("", found.split(";")[0]).strip() or None
    return None


def english(tag, name_639_3):
    return ENGLISH.get(tag) or QUALIFIER.sub("", name_639_3).strip()


def languages():
    iso_639_3 = {entry["alpha_3"]: entry for entry in load("iso_639-3.json", "639-3")}
    collective = {entry["alpha_3"] for entry in load("iso_639-5.json", "639-5")}

    # Reserved ranges and collective codes are missing from 639-3; special codes are type S.
    picked = []
    for entry in load("iso_639-2.json", "639-2"):
        individual = iso_639_3.get(entry["alpha_3"])
        if entry["alpha_3"] in collective or not individual or individual["type"] != "L":
            continue
        picked.append((entry.get("alpha_2") or entry["alpha_3"], entry["name"], individual))
    for code in EXTRA_639_3:
        picked.append((code, None, iso_639_3[code]))

    rows = {}
    for tag, name_639_2, individual in picked:
        alpha3 = individual["alpha_3"]
        name = english(tag, individual["name"])
        rows[tag] = (tag, alpha3, name, autonym(tag, alpha3, name_639_2, individual["name"]))
    return sorted(rows.values(), key=lambda row: (row[2].casefold(), row[0]))


def main():
    rows = languages()

    lines = ["tag\talpha3\tenglish\tautonym"]
    for row in rows:
        fields = [field or "" for field in row]
        assert not any(ch in field for field in fields for ch in "\t\r\n"), row
        lines.append("\t".join(fields))
    OUTPUT.parent.mkdir(parents=True, exist_ok=True)
    OUTPUT.write_text("\n".join(lines) + "\n", encoding="utf-8")

    named = sum(1 for row in rows if row[3])
    print(f"wrote {OUTPUT}: {len(rows)} languages, {named} with an autonym")


if __name__ == "__main__":
    main()
