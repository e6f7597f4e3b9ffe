#!/usr/bin/env python3
"""Writes a CSV of 10 indicators x every current commune (about 350 000 values), in the shape statistics offices
publish: CODGEO;LIBGEO;bench_i01;...;bench_i10. Values are pseudo-random (seeded) and meaningless: for timing only."""
import gzip
import pathlib
import random
import sys

repo = pathlib.Path(__file__).resolve().parents[3]
reference = repo / "territory-reference/src/main/resources/org/maillage/territory/territories.tsv.gz"
out = pathlib.Path(sys.argv[1] if len(sys.argv) > 1 else "bench-observations.csv")
indicators = [f"bench_i{i:02d}" for i in range(1, 11)]
rng = random.Random(350000)
rows = 0
with gzip.open(reference, "rt", encoding="utf-8") as source, out.open("w", encoding="utf-8") as csv:
    next(source)
    csv.write("CODGEO;LIBGEO;" + ";".join(indicators) + "\n")
    for line in source:
        fields = line.rstrip("\n").split("\t")
        if fields[0] != "COMMUNE":
            continue
        values = ";".join(f"{rng.uniform(0, 40):.1f}".replace(".", ",") for _ in indicators)
        csv.write(f"{fields[1]};\"{fields[2]}\";{values}\n")
        rows += 1
print(f"{out}: {rows} communes x {len(indicators)} indicators = {rows * len(indicators)} values", file=sys.stderr)
