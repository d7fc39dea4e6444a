"""``smartcity warmup``: compile the coverage engine now, so no later command waits for it."""

from __future__ import annotations

import click

from .progress import progress_bar


@click.command(name="warmup")
@click.option("--quiet", "-q", is_flag=True, help="Print nothing but errors.")
def warmup(quiet: bool) -> None:
    """Compile and cache the coverage engine's kernels (20–40 s once per machine and
    version; later commands then start in about a second). scripts/setup.sh runs it; run it
    again after upgrading, or in a cron job's image build.

    \b
    Examples:
      smartcity warmup
      NUMBA_CACHE_DIR=/var/cache/smartcity smartcity warmup
    """
    from ..processing.warmup import warm_engine

    with progress_bar("warmup") as report:
        result = warm_engine(progress=report)
    if quiet:
        return
    if result.compiled:
        click.echo(f"覆盖率计算内核已编译（{result.compiled} 个，用时 {result.seconds:.1f} 秒），"
                   f"缓存于 {result.cache_dir}")
        click.echo(f"Coverage engine compiled ({result.compiled} kernels, "
                   f"{result.seconds:.1f} s), cached in {result.cache_dir}")
    else:
        click.echo(f"覆盖率计算内核已在缓存中（{result.cache_dir}），无需编译；用时 "
                   f"{result.seconds:.1f} 秒")
        click.echo(f"Coverage engine already cached in {result.cache_dir}: nothing to "
                   f"compile ({result.seconds:.1f} s)")
