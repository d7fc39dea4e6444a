"""The version of smartcity: the one place it is written (pyproject.toml reads it from here;
metadata.txt is checked against it by the tests)."""

__version__ = "0.1.0"
