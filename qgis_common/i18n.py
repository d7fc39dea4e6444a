"""The plugin's language: QGIS's locale setting, the ``.qm`` file for it, and ``tr``.

QGIS spells Simplified Chinese ``zh-Hans`` (its settings), ``zh_CN`` (Qt locales) or ``zh``;
all three map to ``i18n/smartcity_zh_CN.qm``.  ``.ts`` sources and the build script live in
``i18n/`` (``i18n/build.py``, which runs ``lrelease``).
"""

from __future__ import annotations

from pathlib import Path
from typing import Optional
from ..resources import I18N

_translator = None


def user_locale() -> str:
    """QGIS's UI locale (``QgsApplication.locale()``: the override setting, else the
    system's), or Qt's default locale outside QGIS."""
    try:
        from qgis.core import QgsApplication

        value = QgsApplication.locale()
        if value:
            return value
    except Exception:
        pass
    try:
        from qgis.PyQt.QtCore import QLocale

        return QLocale().name()
    except Exception:
        return "en"


def locale_candidates(locale: str) -> list[str]:
    """Translation file suffixes to try for a QGIS locale, best first."""
    loc = (locale or "").replace("-", "_")
    out = [loc]
    low = loc.lower()
    if low.startswith("zh"):
        out += ["zh_CN", "zh_Hans", "zh"]
    if "_" in loc:
        out.append(loc.split("_")[0])
    return list(dict.fromkeys(x for x in out if x))


def is_chinese(locale: Optional[str] = None) -> bool:
    return (locale or user_locale()).lower().startswith("zh")


def qm_path(locale: Optional[str] = None) -> Optional[Path]:
    """The ``.qm`` file for ``locale`` (default: QGIS's), or None when there is none."""
    for suffix in locale_candidates(locale or user_locale()):
        path = I18N / f"smartcity_{suffix}.qm"
        if path.exists():
            return path
    return None


def install_translator(locale: Optional[str] = None) -> bool:
    """Install the plugin's translator into the running Qt application (once)."""
    global _translator
    from qgis.PyQt.QtCore import QCoreApplication, QTranslator

    if _translator is not None:
        return True
    path = qm_path(locale)
    if path is None:
        return False
    translator = QTranslator()
    if not translator.load(str(path)):
        return False
    QCoreApplication.installTranslator(translator)
    _translator = translator
    return True


def remove_translator() -> None:
    global _translator
    if _translator is not None:
        from qgis.PyQt.QtCore import QCoreApplication

        QCoreApplication.removeTranslator(_translator)
        _translator = None


def tr(text: str) -> str:
    from qgis.PyQt.QtCore import QCoreApplication

    return QCoreApplication.translate("SmartCity", text)
