"""Map sheets and the progress report: core, no QGIS.

Two renderers share one design: :mod:`.design` (paper sizes, frames in mm, type sizes, round
scales, wording), :mod:`.qml` (colours and classes read from the QGIS styles in ``styles/``)
and :mod:`.themes` (what each ``--indicator`` shows).  :mod:`.sheetdata` computes what the
sheets of a date show (:func:`.sheetdata.build_map_data`); :mod:`.render_mpl` draws them
headless with matplotlib, ``qgis_common/layouts.py`` with QGIS print layouts.
:mod:`.timeseries` makes small multiples and animations, :mod:`.report` the progress report.

Modules that need matplotlib (``render_mpl``, ``timeseries``, ``report``) import it when
they are imported; the others need only the core's dependencies.
"""
