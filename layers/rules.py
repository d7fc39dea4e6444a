"""The schema's rules as the store enforces them for every client, with their sentences.

Derived from :mod:`.schema` only (enumerations, ranges, required fields, date orders, text
lengths, unique ids), so a layer or field added there is guarded with no extra work.  Each
:class:`Rule` carries its condition as a small neutral description, which
:mod:`.gpkg_versioning` and :mod:`.postgis_versioning` turn into trigger SQL, and its
sentence in Chinese then English, naming the field and the rule.  PostgreSQL puts the
refused value into the sentence too; SQLite cannot (``RAISE`` takes only a literal), so
there the sentence names the field and the rule, and QGIS's form shows the value before.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Optional

from .schema import Layer, value_labels


@dataclass(frozen=True)
class Rule:
    """One refusal: ``kind`` (``choice``, ``range``, ``required``, ``date``, ``order``,
    ``length``, ``unique``), the fields it reads, its bounds or values, its sentences."""

    kind: str
    field: str
    message_zh: str
    message_en: str
    values: tuple = ()
    low: Optional[float] = None
    high: Optional[float] = None
    other: Optional[str] = None  # the earlier date of an order
    strict: bool = True

    def sentence(self, value: Optional[str] = None) -> str:
        """Chinese, then English; ``value`` (already shown) is added when known."""
        if value is None:
            return f"{self.message_zh} / {self.message_en}"
        return (f"{self.message_zh}（收到：{value}） / {self.message_en} "
                f"(got: {value})")


def _bound(x: Optional[float]) -> str:
    """A bound as written in a sentence (``500``, ``0.5``); only called for a bound that is set."""
    return f"{x:g}"


def rules(layer: Layer) -> list[Rule]:
    """Every rule of ``layer``, in the order they are checked."""
    out: list[Rule] = []
    for f in layer.fields:
        name_zh = f"{layer.label_zh}的{f.label_zh}（{f.name}）"
        name_en = f"{f.label_en} ({f.name}) of {layer.label_en}"
        if f.required or f.name == layer.id_field:
            out.append(Rule("required", f.name, f"{name_zh}不能为空。", f"{name_en} is "
                            f"required."))
        labels = value_labels(f) if f.choices is not None else None
        if labels:
            shown_zh = "、".join(f"{v}（{label}）" if label != v else str(v)
                                for v, label in labels.items())
            out.append(Rule("choice", f.name, f"{name_zh}只能取：{shown_zh}。",
                            f"{name_en} must be one of: {', '.join(map(str, labels))}.",
                            values=tuple(labels)))
        if f.kind in ("int", "real") and (f.min_value is not None or f.max_value is not None):
            if f.max_value is None:
                zh, en = f"不能小于 {_bound(f.min_value)}", f"must be at least {_bound(f.min_value)}"
            elif f.min_value is None:
                zh, en = f"不能大于 {_bound(f.max_value)}", f"must be at most {_bound(f.max_value)}"
            else:
                zh = f"必须在 {_bound(f.min_value)} 到 {_bound(f.max_value)} 之间"
                en = f"must be between {_bound(f.min_value)} and {_bound(f.max_value)}"
            out.append(Rule("range", f.name, f"{name_zh}{zh}，且须为数字。",
                            f"{name_en} {en}, and a number.", low=f.min_value,
                            high=f.max_value))
        if f.kind == "date":
            out.append(Rule("date", f.name, f"{name_zh}必须是有效日期，写作 YYYY-MM-DD。",
                            f"{name_en} must be a valid date written YYYY-MM-DD."))
        if f.kind == "text":
            limit = layer.max_chars(f.name)
            out.append(Rule("length", f.name, f"{name_zh}最多 {limit} 个字符。",
                            f"{name_en} holds at most {limit} characters.", high=limit))
    for first, then, strict in layer.date_orders:
        a, b = layer.field(first), layer.field(then)
        zh = "必须晚于" if strict else "不能早于"
        en = "must be after" if strict else "must not be before"
        out.append(Rule("order", then, f"{layer.label_zh}的{b.label_zh}（{then}）{zh}"
                        f"{a.label_zh}（{first}）。",
                        f"{b.label_en} ({then}) of {layer.label_en} {en} {a.label_en} "
                        f"({first}).", other=first, strict=strict))
    key = layer.field(layer.id_field)
    out.append(Rule("unique", layer.id_field,
                    f"{layer.label_zh}的{key.label_zh}（{layer.id_field}）已存在：编号不能重复。",
                    f"{key.label_en} ({layer.id_field}) of {layer.label_en} already exists: "
                    f"ids must be unique."))
    return out
