"""Package discovery for setuptools (all metadata is in pyproject.toml).

Every ``workshop*`` package is found automatically, and the top-level ``resources/``
folder ships inside the wheel as ``workshop.resources_data`` — a mapping that
``pyproject.toml`` alone can only express with a hand-kept list of packages.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["workshop", "workshop.*"]), "workshop.resources_data"],
    package_dir={"workshop.resources_data": "resources"},
    package_data={"workshop.resources_data": ["**/*"]},
)
