"""Performance benchmarks: each ``bench_*.py`` measures our figure and a floor (bare Qt
items, raw SQLite, bare ReportLab...) in the same run and prints the ratio.

They are not tests (no timed assertions; pytest does not collect them). Run them all with
``python -m tests.benchmarks`` or one with ``python -m tests.benchmarks.bench_board``.
"""
