"""What an installed copy carries: a version, the typing marker, the console script."""

import importlib.metadata
from pathlib import Path

import govdisclosure as gd


def test_version_matches_the_distribution():
    """``__version__`` is read from the package and agrees with the installed distribution."""
    assert gd.__version__ == importlib.metadata.version("govdisclosure")


def test_typed_marker_is_shipped():
    """``py.typed`` sits beside the package so type checkers use our annotations."""
    assert (Path(gd.__file__).parent / "py.typed").is_file()


def test_console_script_is_declared():
    """``govdisclosure`` on the command line runs ``govdisclosure.cli:main``."""
    scripts = {e.name: e.value for e in importlib.metadata.entry_points(group="console_scripts")}

    assert scripts["govdisclosure"] == "govdisclosure.cli:main"
