"""The plugin's language: QGIS's locale setting, the ``.qm`` file for it, and ``tr``.

QGIS spells Simplified Chinese ``zh-Hans`` (its settings), ``zh_CN`` (Qt locales) or ``zh``;
all three map to ``i18n/smartcity_zh_CN.qm``.  ``.ts`` sources and the build script live in
``i18n/`` (``i18n/build.py``, which runs ``lrelease``).
"""

from __future__ import annotations

import re
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


_CJK = re.compile(r"[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uff00-\uffef]")


def one_language(text: str, chinese: Optional[bool] = None) -> str:
    """The user's language's half of a bilingual label of the styles (``中国移动 China
    Mobile``, ``1 星 star``, ``天线挂高(米) Antenna height (m)``): leading numbers are kept,
    then the words with Chinese characters (Chinese) or those without (English).  A label in
    one language only comes back as it is."""
    if chinese is None:
        chinese = is_chinese()
    tokens = text.split(" ")
    lead = 0
    while lead < len(tokens) and tokens[lead].replace(".", "").isdigit():
        lead += 1
    rest = tokens[lead:]
    zh = [t for t in rest if _CJK.search(t)]
    en = [t for t in rest if t and not _CJK.search(t)]
    if not zh or not en:
        return text
    return " ".join(tokens[:lead] + (zh if chinese else en))


def localize_layer(layer, chinese: Optional[bool] = None) -> None:
    """Field aliases and legend labels of a styled layer in the user's language only (the
    QML files carry both, :mod:`smartcity.plugin.stylegen`)."""
    fields = layer.fields()
    # QGIS 3.22 forgets a field's editor widget when its alias is set: put them back
    setups = {i: layer.editorWidgetSetup(i) for i in range(fields.count())}
    for index in range(fields.count()):
        alias = fields.at(index).alias()
        if alias:
            layer.setFieldAlias(index, one_language(alias, chinese))
    for index, setup in setups.items():
        if setup.type() and layer.editorWidgetSetup(index).type() != setup.type():
            layer.setEditorWidgetSetup(index, setup)
    renderer = layer.renderer()
    while renderer is not None:
        if hasattr(renderer, "categories"):
            for i, cat in enumerate(renderer.categories()):
                renderer.updateCategoryLabel(i, one_language(cat.label(), chinese))
        if hasattr(renderer, "ranges"):
            for i, rng in enumerate(renderer.ranges()):
                renderer.updateRangeLabel(i, one_language(rng.label(), chinese))
        if hasattr(renderer, "rootRule"):
            for rule in renderer.rootRule().descendants():
                rule.setLabel(one_language(rule.label(), chinese))
        renderer = renderer.embeddedRenderer() if hasattr(renderer, "embeddedRenderer") \
            else None
