"""Run every benchmark module of this package (those defining `main()`), one after another.

`python -m bench` runs them all; `python -m bench triage_throughput` runs the named ones. Each
gets a clean argv (its own defaults); one that fails is reported and the others still run.
"""

from __future__ import annotations

import importlib
import pkgutil
import sys
import traceback

import bench


def run_all(names: list[str]) -> int:
    modules = sorted(m.name for m in pkgutil.iter_modules(bench.__path__) if m.name != "__main__")
    failed = []
    for name in modules:
        if names and name not in names:
            continue
        print(f"== {name}", flush=True)
        sys.argv = [f"bench/{name}.py"]
        try:
            module = importlib.import_module(f"bench.{name}")
            status = module.main() if callable(getattr(module, "main", None)) else 0
        except Exception:
            traceback.print_exc()
            status = 1
        if status:
            failed.append(name)
    if failed:
        print(f"failed: {', '.join(failed)}", file=sys.stderr)
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(run_all(sys.argv[1:]))
