"""Package discovery: every ``workshop_app`` sub-package, plus ``resources/`` as
``workshop_app.resources`` (pyproject.toml maps the folder; metadata lives there too).

setuptools' ``packages.find`` cannot add a package whose folder has another name, hence this file;
it lists nothing by hand, so a new sub-package is always in the wheel.
"""

from setuptools import find_packages, setup

setup(
    packages=[*find_packages(include=["workshop_app", "workshop_app.*"]), "workshop_app.resources"]
)
