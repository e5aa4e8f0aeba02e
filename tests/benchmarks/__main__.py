"""Run every benchmark in this folder (or those named): ``python -m tests.benchmarks [board]``.

Each ``bench_*.py`` module's ``run()`` prints its lines as it goes and returns them; all
of them are repeated at the end as one summary.
"""

from __future__ import annotations

import importlib
import sys
import time
import traceback
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))


def bench_names(wanted: list[str]) -> list[str]:
    folder = Path(__file__).resolve().parent
    names = sorted(p.stem for p in folder.glob("bench_*.py"))
    if wanted:
        names = [n for n in names if any(w in n for w in wanted)]
    return names


def main(argv: list[str]) -> int:
    names = bench_names(argv)
    if not names:
        print(f"no benchmark matches {' '.join(argv)}")
        return 2
    summary: list[str] = []
    failed = False
    for name in names:
        print(f"== {name} ==", flush=True)
        start = time.perf_counter()
        try:
            module = importlib.import_module(f"tests.benchmarks.{name}")
            lines = module.run()
        except Exception:  # one broken benchmark must not hide the others' figures
            traceback.print_exc()
            summary.append(f"{name}: FAILED (see above)")
            failed = True
            continue
        summary += [f"{name}: {line}" for line in lines]
        print(f"({name} took {time.perf_counter() - start:.0f} s)", flush=True)
    print("\n== summary ==")
    for line in summary:
        print(line)
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
