#!/usr/bin/env python3
"""Fails when packages of the named prefixes depend on each other in a circle.

Usage: package-cycles.py PREFIX[,PREFIX...] JAR...  (the project's jars, each read on its own)

Reads the package dependencies of each jar with the JDK's jdeps and prints every strongly connected
component of two or more org.icans packages; exits 1 if one of them holds a package that starts
with one of the prefixes (an exported package and an internal one calling each other, or two
exported packages). Packages outside the prefixes are reported but do not fail the check.
"""
import collections
import os
import subprocess
import sys
import tempfile
import zipfile


def edges_of(jars):
    # A circle can only lie inside one jar (the module system forbids circles between modules), so
    # each jar is read on its own, as plain classes: without its module-info, jdeps needs none of its
    # dependencies (HAPI, UCUM) and reports them as "not found", which is all this check needs.
    edges = collections.defaultdict(set)
    jdeps = os.path.join(os.environ.get("JAVA_HOME", ""), "bin", "jdeps")
    if not os.path.exists(jdeps):
        jdeps = "jdeps"
    for jar in jars:
        with tempfile.TemporaryDirectory() as classes:
            with zipfile.ZipFile(jar) as z:
                z.extractall(classes, [n for n in z.namelist()
                                       if n.endswith(".class") and not n.endswith("module-info.class")
                                       and not n.startswith("META-INF/")])
            out = subprocess.run([jdeps, "-verbose:package", "-filter:none", classes],
                                 capture_output=True, text=True, check=True).stdout
        for line in out.splitlines():
            if "->" not in line:
                continue
            a, rest = line.split("->", 1)
            a, b = a.strip(), rest.split()[0]
            if a.startswith("org.icans") and b.startswith("org.icans") and a != b:
                edges[a].add(b)
    return edges


def cycles(edges):
    index, low, stack, on, found = {}, {}, [], set(), []

    def visit(v):
        index[v] = low[v] = len(index)
        stack.append(v)
        on.add(v)
        for w in edges.get(v, ()):
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(sorted(component))

    sys.setrecursionlimit(10000)
    for v in list(edges):
        if v not in index:
            visit(v)
    return found


def main():
    prefixes = tuple(sys.argv[1].split(","))
    failed = False
    for component in cycles(edges_of(sys.argv[2:])):
        mine = any(p.startswith(prefixes) for p in component)
        failed |= mine
        print(("CYCLE: " if mine else "cycle (not checked here): ") + ", ".join(component))
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
