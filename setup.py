"""Package discovery for setuptools (all metadata is in pyproject.toml).

Every ``workshop*`` package is found automatically, and the top-level ``resources/``
folder ships inside the wheel as ``workshop.resources_data`` (with its subfolders) — a
mapping that ``pyproject.toml`` alone can only express with a hand-kept list of packages.
"""

from setuptools import find_namespace_packages, find_packages, setup

RESOURCES = "workshop.resources_data"

setup(
    packages=[
        *find_packages(include=["workshop", "workshop.*"]),
        RESOURCES,
        *(f"{RESOURCES}.{name}" for name in find_namespace_packages(where="resources")),
    ],
    package_dir={RESOURCES: "resources"},
    package_data={RESOURCES: ["**/*"]},
)
