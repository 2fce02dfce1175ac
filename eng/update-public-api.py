#!/usr/bin/env python3
"""Adds every undeclared public symbol (RS0016) of a project to its PublicAPI.Unshipped.txt and removes
symbols that no longer exist (RS0017). Run after changing a public surface, then review the diff."""
import re, subprocess, sys, pathlib

for project in sys.argv[1:] or ["src/PropertyOps.Domain", "src/PropertyOps.Rules"]:
    out = subprocess.run(["dotnet", "build", project, "-p:TreatWarningsAsErrors=false", "-nologo", "-clp:NoSummary"],
                         capture_output=True, text=True).stdout
    add = set(re.findall(r"RS0016: Symbol '(.+?)' is not part of the declared public API", out))
    remove = set(re.findall(r"RS0017: Symbol '(.+?)' is part of the declared API, but is either not public or could not be found", out))
    unshipped = pathlib.Path(project) / "PublicAPI.Unshipped.txt"
    lines = [l for l in unshipped.read_text(encoding="utf-8").splitlines() if l and l not in remove and l != "#nullable enable"]
    lines = sorted(set(lines) | add, key=lambda l: l.lstrip("~").replace("static ", "").replace("override ", "").replace("abstract ", "").replace("virtual ", "").replace("const ", ""))
    unshipped.write_text("#nullable enable\n" + "".join(l + "\n" for l in lines), encoding="utf-8")
    print(f"{project}: +{len(add)} -{len(remove)}")
