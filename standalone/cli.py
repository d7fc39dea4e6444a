"""The ``smartcity`` command: a click group whose commands are imported only when used.

Each command lives in a module of this package named for what it does; this module only
knows their names, so ``smartcity --help`` starts fast and a missing optional dependency of one
command never breaks the others.  Every command runs through :mod:`.errors`, which turns what
it raises into a sentence and the README's exit code (0, 1, 2 or 130).
"""

from __future__ import annotations

import importlib
import sys

import click

from .errors import Interrupted, interrupt_watch, sentences

COMMANDS: dict[str, str] = {
    # name: "module:attribute" inside smartcity.standalone
    "init": "cmd_store:init",
    "import": "cmd_store:import_",
    "layers": "cmd_store:layers",
    "snapshot": "cmd_store:snapshot",
    "history": "cmd_store:history",
    "department": "cmd_store:department",
    "migrate": "cmd_store:migrate",
    "sample": "cmd_sample:sample",
    "coverage": "cmd_coverage:coverage",
    "series": "cmd_coverage:series",
    "targets": "cmd_coverage:targets",
    "national": "cmd_national:national",
    "mapsheet": "cmd_maps:mapsheet",
    "animate": "cmd_maps:animate",
    "report": "cmd_maps:report",
    "plan": "cmd_plan:plan",
    "warmup": "cmd_warmup:warmup",
}


def short_help(name: str, limit: int = 45) -> str:
    """The one-line help ``smartcity --help`` shows for command ``name``, as click makes it
    from the command function's docstring, read with :mod:`ast` without importing it."""
    import ast
    from pathlib import Path

    module_name, attr = COMMANDS[name].split(":")
    source = (Path(__file__).with_name(f"{module_name}.py")).read_text(encoding="utf-8")
    for node in ast.parse(source).body:
        if isinstance(node, ast.FunctionDef) and node.name == attr:
            doc = ast.get_docstring(node, clean=False)
            return click.Command(name, help=doc).get_short_help_str(limit)
    return ""


class LazyGroup(click.Group):
    """A group that imports a command's module the first time the command is needed, and
    says every failure of its commands as a sentence with an exit code (:mod:`.errors`)."""

    def main(self, *args, **kwargs):
        with interrupt_watch():
            try:
                return super().main(*args, **kwargs)
            except KeyboardInterrupt:  # Ctrl-C while click itself was printing or exiting
                if not kwargs.get("standalone_mode", True):
                    raise
                Interrupted().show()
                sys.exit(Interrupted().exit_code)

    def make_context(self, info_name, args, parent=None, **extra):
        with sentences():
            return super().make_context(info_name, args, parent=parent, **extra)

    def invoke(self, ctx: click.Context):
        with sentences(debug=bool(ctx.params.get("debug")) or None):
            return super().invoke(ctx)

    def list_commands(self, ctx: click.Context) -> list[str]:
        return list(COMMANDS)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The command list of ``--help`` from the commands' docstrings, read from their
        modules' source (:func:`short_help`) instead of importing them: ``smartcity
        --help`` would otherwise import pandas, geopandas and numba (about a second)."""
        limit = formatter.width - 6 - max(len(name) for name in COMMANDS)
        with formatter.section("Commands"):
            formatter.write_dl([(name, short_help(name, limit)) for name in COMMANDS])

    def get_command(self, ctx: click.Context, cmd_name: str):
        target = COMMANDS.get(cmd_name)
        if target is None:
            return None
        module_name, attr = target.split(":")
        module = importlib.import_module(f"{__package__}.{module_name}")
        return getattr(module, attr)


@click.group(cls=LazyGroup, context_settings={"help_option_names": ["-h", "--help"],
                                              "max_content_width": 100})
@click.version_option(package_name="smartcity-weihai", prog_name="smartcity")
@click.option("--debug", is_flag=True, envvar="SMARTCITY_DEBUG",
              help="On an internal error, also print the traceback (for a bug report); "
                   "the same as SMARTCITY_DEBUG=1.")
def cli(debug: bool) -> None:
    """Weihai smart-city GIS: keep the city's spatio-temporal layers in a project store,
    import departments' files, and compute coverage per district against the plan's targets.

    \b
    Examples:
      smartcity init weihai.gpkg
      smartcity import weihai.gpkg base_stations stations.csv --coords gcj02
      smartcity layers weihai.gpkg
      smartcity snapshot weihai.gpkg --as-of 2021-12-31 -o 2021.gpkg
    """


def main() -> None:
    """Console-script entry point."""
    cli(prog_name="smartcity")


if __name__ == "__main__":
    main()
