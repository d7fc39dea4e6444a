"""PostGIS keeps its own history: PL/pgSQL triggers generated from :mod:`.schema`.

The same rules as :mod:`.gpkg_versioning` (read it first), for every client of the database
(QGIS's postgres provider, psql, GDAL, our importers): every INSERT, UPDATE and DELETE on a
layer table closes the feature's open ``history`` row and opens the next; ``version`` and
``updated_at`` are set by the trigger (a BEFORE trigger, so the row is written once); a
DELETE leaves an open ``deleted`` row, and a later INSERT of the same id is ``restored``.

Who and how come from transaction-local settings (``set_config(..., true)``) that our
writers set: ``smartcity.how``, ``smartcity.source``, ``smartcity.import_id``,
``smartcity.who``, ``smartcity.at``, ``smartcity.quiet``.  Without them the name is
PostgreSQL's ``current_user`` and the way ``QGIS`` when the client's ``application_name``
says QGIS, else ``SQL``.
"""

from __future__ import annotations

import hashlib
from typing import Optional

from .gpkg import quote
from .schema import Layer

SETTINGS = ("how", "source", "import_id", "who", "at", "quiet")


def _setting(name: str) -> str:
    return f"nullif(current_setting('smartcity.{name}', true), '')"


def function_name(layer: Layer) -> str:
    return f"smartcity_version_{layer.name}"


def trigger_name(layer: Layer) -> str:
    return f"smartcity_{layer.name}_version"


def statements(layer: Layer, schema: str) -> list[str]:
    """``CREATE FUNCTION`` and ``CREATE TRIGGER`` for ``layer``'s table in ``schema``."""
    s = quote(schema)
    t = f"{s}.{quote(layer.name)}"
    fn = f"{s}.{quote(function_name(layer))}"
    key = quote(layer.id_field)
    attrs = {row: "jsonb_build_object(" + ", ".join(
        f"'{f.name}', {row}.{quote(f.name)}" for f in layer.fields) + ")"
        for row in ("NEW", "OLD")}
    changed = " OR ".join(f"NEW.{c} IS DISTINCT FROM OLD.{c}"
                          for c in ["geom", *(quote(f.name) for f in layer.fields)])
    id_zh = f"{layer.label_zh}的编号 {layer.id_field} 不能修改（%s → %s）：请删除该要素再新增一个。"
    id_en = (f"The id {layer.id_field} of {layer.label_en} cannot be changed (%s -> %s): "
             f"delete the feature and add a new one.")
    body = f"""
DECLARE
  at_ text := coalesce({_setting('at')},
                       to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'));
  how_ text := coalesce({_setting('how')},
                        CASE WHEN current_setting('application_name') ILIKE '%qgis%'
                             THEN 'QGIS' ELSE 'SQL' END);
  who_ text := coalesce({_setting('who')}, current_user::text);
  source_ text := {_setting('source')};
  import_ bigint := {_setting('import_id')}::bigint;
  dept_ text := (SELECT value FROM {s}.smartcity_meta WHERE key = 'department');
  id_ text;
  next_ bigint;
  change_ text;
BEGIN
  IF coalesce({_setting('quiet')}, 'off') = 'on' THEN
    RETURN CASE WHEN TG_OP = 'DELETE' THEN OLD ELSE NEW END;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    IF NEW.{key} IS DISTINCT FROM OLD.{key} THEN
      RAISE EXCEPTION USING ERRCODE = 'check_violation',
        MESSAGE = format({_literal(id_zh)}, OLD.{key}, NEW.{key}) || ' / '
                  || format({_literal(id_en)}, OLD.{key}, NEW.{key});
    END IF;
    IF NOT ({changed}) THEN
      NEW.version := OLD.version;
      NEW.updated_at := OLD.updated_at;
      RETURN NEW;
    END IF;
  END IF;
  id_ := CASE WHEN TG_OP = 'DELETE' THEN OLD.{key} ELSE NEW.{key} END;
  SELECT coalesce(max(version), 0) + 1, CASE WHEN count(*) > 0 THEN 'restored' ELSE 'created' END
    INTO next_, change_ FROM {s}.history WHERE layer = '{layer.name}' AND feature_id = id_;
  UPDATE {s}.history SET valid_to = at_
    WHERE layer = '{layer.name}' AND feature_id = id_ AND valid_to IS NULL;
  IF TG_OP = 'DELETE' THEN
    INSERT INTO {s}.history (layer, feature_id, version, valid_from, change, source, import_id,
                             recorded_by, department, how, attributes, geom_wkb)
      VALUES ('{layer.name}', id_, next_, at_, 'deleted', source_, import_, who_, dept_, how_,
              {attrs['OLD']}::text, ST_AsBinary(OLD.geom));
    RETURN OLD;
  END IF;
  IF TG_OP = 'UPDATE' THEN
    change_ := 'updated';
  END IF;
  INSERT INTO {s}.history (layer, feature_id, version, valid_from, change, source, import_id,
                           recorded_by, department, how, attributes, geom_wkb)
    VALUES ('{layer.name}', id_, next_, at_, change_, source_, import_, who_, dept_, how_,
            {attrs['NEW']}::text, ST_AsBinary(NEW.geom));
  NEW.version := next_;
  NEW.updated_at := at_;
  RETURN NEW;
END"""
    return [
        f"CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger LANGUAGE plpgsql AS "
        f"$smartcity${body}$smartcity$",
        f"DROP TRIGGER IF EXISTS {quote(trigger_name(layer))} ON {t}",
        f"CREATE TRIGGER {quote(trigger_name(layer))} BEFORE INSERT OR UPDATE OR DELETE ON "
        f"{t} FOR EACH ROW EXECUTE FUNCTION {fn}()",
    ] + check_statements(layer, schema)


def _check_body(layer: Layer, schema: str) -> str:
    """PL/pgSQL refusing what breaks :func:`.rules.rules`, naming the value."""
    from .rules import rules

    t = f"{quote(schema)}.{quote(layer.name)}"
    lines = []
    for rule in rules(layer):
        v = f"NEW.{quote(rule.field)}"
        kind = layer.field(rule.field).kind
        if rule.kind == "required":
            cond = f"{v} IS NULL" + (f" OR btrim({v}) = ''" if kind == "text" else "")
        elif rule.kind == "choice":
            cond = (f"{v} IS NOT NULL AND {v} NOT IN "
                    f"({', '.join(_literal(str(x)) for x in rule.values)})")
        elif rule.kind == "range":
            bounds = [f"{v} < {rule.low!r}" if rule.low is not None else "",
                      f"{v} > {rule.high!r}" if rule.high is not None else ""]
            cond = f"{v} IS NOT NULL AND ({' OR '.join(b for b in bounds if b)})"
        elif rule.kind == "length":
            cond = f"char_length({v}) > {_whole(rule.high)}"
        elif rule.kind == "order":
            w = f"NEW.{quote(_named(rule.other))}"
            cond = (f"{w} IS NOT NULL AND {v} IS NOT NULL AND "
                    f"{v} {'<=' if rule.strict else '<'} {w}")
        elif rule.kind == "unique":
            cond = (f"EXISTS (SELECT 1 FROM {t} WHERE {quote(rule.field)} = {v} AND "
                    f"(TG_OP = 'INSERT' OR fid <> NEW.fid))")
        else:  # ``date``: the column is a PostgreSQL date already
            continue
        template = _literal(rule.sentence("%s").replace("%", "%%").replace("%%s", "%s"))
        lines.append(f"  IF {cond} THEN\n    RAISE EXCEPTION USING ERRCODE = "
                     f"'check_violation', MESSAGE = format({template}, "
                     f"coalesce(left({v}::text, 80), '(empty)'), "
                     f"coalesce(left({v}::text, 80), '(empty)'));\n"
                     f"  END IF;")
    return ("\nBEGIN\n  IF coalesce(" + _setting("quiet") + ", 'off') = 'on' THEN RETURN NEW; "
            "END IF;\n" + "\n".join(lines) + "\n  RETURN NEW;\nEND")


def check_statements(layer: Layer, schema: str) -> list[str]:
    s = quote(schema)
    t = f"{s}.{quote(layer.name)}"
    fn = f"{s}.{quote('smartcity_check_' + layer.name)}"
    name = quote(f"smartcity_{layer.name}_check")  # runs before ..._version (by name)
    return [
        f"CREATE OR REPLACE FUNCTION {fn}() RETURNS trigger LANGUAGE plpgsql AS "
        f"$smartcity${_check_body(layer, schema)}$smartcity$",
        f"DROP TRIGGER IF EXISTS {name} ON {t}",
        f"CREATE TRIGGER {name} BEFORE INSERT OR UPDATE ON {t} FOR EACH ROW "
        f"EXECUTE FUNCTION {fn}()",
    ]


def fingerprint(layers, schema: str) -> str:
    text = "\n".join(s for lyr in layers for s in statements(lyr, schema))
    return hashlib.sha256(text.encode()).hexdigest()[:16]


def context_sql() -> str:
    """One statement setting every ``smartcity.*`` setting for this transaction."""
    return "SELECT " + ", ".join(f"set_config('smartcity.{n}', %s, true)" for n in SETTINGS)


def _literal(text: str) -> str:
    return "'" + text.replace("'", "''") + "'"


def _whole(bound: Optional[float]) -> int:
    """A length rule's limit (characters); every length rule has one."""
    assert bound is not None, "a length rule has its limit"
    return int(bound)


def _named(field: Optional[str]) -> str:
    """An order rule's earlier field; every order rule names one."""
    assert field is not None, "an order rule names its earlier field"
    return field
