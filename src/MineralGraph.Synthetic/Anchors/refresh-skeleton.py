#!/usr/bin/env python3
"""Rewrites real-skeleton.tsv from graph-seed (entities and relations, no sources or evidence).

Run from the repo root after graph-seed has changed:  python3 src/MineralGraph.Synthetic/Anchors/refresh-skeleton.py
Needs PyYAML. The generator reads the file as embedded resource; synthetic graphs change when it does.
"""
import datetime
import glob
import os

import yaml

SEED = "graph-seed"
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "real-skeleton.tsv")


def text(value):
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime.date):
        return value.isoformat()
    value = str(value).strip().replace("\n", " ")
    if "\t" in value:
        raise ValueError(f"a tab in {value!r}")
    return value


def entries(pattern):
    for path in sorted(glob.glob(os.path.join(SEED, pattern))):
        yield from yaml.safe_load(open(path, encoding="utf-8")) or []


lines = [
    "# The real graph's skeleton (graph-seed entities and relations, without sources or evidence), so that benchmark",
    "# queries naming real ids (government/china, mineral/lithium, agreement/minerals-security-partnership…) work on",
    "# synthetic graphs too. Snapshot of graph-seed taken when the generator was written; tab-separated:",
    "# E id name type status country iso symbol place date aliases(|) description",
    "# R id kind from to role since until current note disputedBy(|)",
]
for e in entries("entities/*.yaml"):
    fields = [e["id"], e["name"]] + [e.get(k) for k in ("type", "status", "country", "iso", "symbol", "place", "date")]
    lines.append("\t".join(["E"] + [text(f) for f in fields] + ["|".join(text(a) for a in e.get("aliases") or []), text(e.get("description"))]))
for r in entries("relations/*.yaml"):
    disputed = r.get("disputedBy") or []
    disputed = [disputed] if isinstance(disputed, str) else disputed
    fields = [r["id"], r["kind"], r["from"], r["to"]] + [r.get(k) for k in ("role", "since", "until", "current", "note")]
    lines.append("\t".join(["R"] + [text(f) for f in fields] + ["|".join(disputed)]))
with open(OUT, "w", encoding="utf-8") as out:
    out.write("\n".join(lines) + "\n")
print(f"wrote {len(lines) - 5} records to {OUT}")
