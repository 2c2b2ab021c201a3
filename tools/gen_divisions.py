#!/usr/bin/env python3
"""Writes config/divisions.toml from Toronto's published 311 request-type tree.

Run from the repository root: python3 tools/gen_divisions.py ../shared/data/toronto/toronto_311_request_types_top133.csv
The five partner divisions (and, for Transportation and MLS, only the partner section) are
taken from the file; 311 Toronto also gets categories for its own contact service, which the
request-type tree does not list. The result is meant to be edited by hand afterwards.
"""
import csv
import sys

PARTNERS = [
    # (slug, CSV division code, section codes kept or None for all, public name, what it handles)
    ("311-toronto", "T311-D01", None, "311 Toronto",
     "The City's contact centre: phone, chat, counter, e-mail and the web. 311 also triages any complaint whose division is not known."),
    ("toronto-water", "T311-D07", None, "Toronto Water",
     "Water mains, sewers, catch basins, hydrants, water service and drainage."),
    ("transportation-road-operations", "T311-D08", {"T311-S024"}, "Transportation Services: Road Operations",
     "Road and sidewalk repair, potholes, snow clearing, litter and graffiti on roads and sidewalks."),
    ("solid-waste", "T311-D06", None, "Solid Waste Management Services",
     "Garbage, recycling, green bin, yard waste and oversized item collection, and bins."),
    ("animal-services", "T311-D03", {"T311-S010"}, "Municipal Licensing & Standards: Toronto Animal Services",
     "Injured, sick and dead animals, wildlife, stray and aggressive dogs, and animal shelters."),
]

# 311's own service, which residents can complain about or compliment like any other.
EXTRA_311 = [
    ("H311-C001", "Contact with 311 by phone"),
    ("H311-C002", "Contact with 311 by chat, e-mail or the web"),
    ("H311-C003", "Contact with 311 at a counter"),
    ("H311-C004", "Not sure which division: 311 will triage it"),
]


def q(s):
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def main(path):
    rows = list(csv.DictReader(open(path, encoding="utf-8")))
    out = [
        "# Divisions, their sections and categories, and their service standards.",
        "# Generated once by tools/gen_divisions.py from Toronto's 311 request-type tree, then kept by hand.",
        "# Add a division by adding a [[division]] block: no code changes are needed.",
        "",
    ]
    for slug, dcode, keep, name, handles in PARTNERS:
        out += ["[[division]]", f"code = {q(slug)}", f"name = {q(name)}", f"handles = {q(handles)}",
                f"source_code = {q(dcode)}", "",
                "[division.standards]", "acknowledge_days = 2", "first_stage_days = 10",
                "escalated_review_days = 20", ""]
        sections = {}
        for r in rows:
            if r["division_code"] != dcode or (keep and r["section_code"] not in keep):
                continue
            sections.setdefault((r["section_code"], r["section"]), []).append((r["code"], r["request_type"]))
        if slug == "311-toronto":
            sections.setdefault(("T311-S001", "Operations"), []).extend(EXTRA_311)
        for (scode, sname), cats in sections.items():
            out += ["[[division.section]]", f"code = {q(scode)}", f"name = {q(sname)}", ""]
            for ccode, cname in cats:
                out += ["[[division.section.category]]", f"code = {q(ccode)}", f"name = {q(cname)}", ""]
    sys.stdout.write("\n".join(out))


if __name__ == "__main__":
    main(sys.argv[1])
