"""A workshop file holds exactly the tables and indexes its version defines, and nothing else.

Opening reads the file's ``sqlite_master`` through a connection that cannot write, and
compares it with a reference database made in memory from the frozen definitions of
that version (``schema_history``): the same objects by type and name (both compared as
SQLite compares them: ASCII letters in any case), the same table for each index, and the
same normalised SQL for every table and index. Anything more (a trigger or view in any
spelling of its type, an index we did not make, a second automatic index), anything less
(a missing table, index, column, key) or anything different (an added CHECK, a UNIQUE
index under one of our index names, a table without its PRIMARY KEY or FOREIGN KEYs) is
refused with one line naming the object, before any statement that could fire a trigger.

What "normalised" means: the SQL is read as SQLite's tokenizer reads it, and two
definitions are the same when their tokens are. So these may differ: whitespace and line
breaks, comments (``--`` and ``/* */``), the case of keywords and of names, and how a name
is quoted (``note``, ``"note"``, ```note```, ``[note]``). These may not: anything else,
including the case inside a string literal, the order of columns and constraints, and
writing a *keyword* as a name without quotes (``"key"`` is a name, bare ``key`` is the
keyword KEY; SQLite lets some keywords stand as names, and its reading then depends on
the place, so the comparison does not guess).
"""

from __future__ import annotations

import functools
import sqlite3
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field

from workshop.errors import DamagedWorkshopFile, UntrustedWorkshopFile, WorkshopError
from workshop.i18n import N_, _
from workshop.store import schema_history

#: SQLite's keywords (https://sqlite.org/lang_keywords.html).
KEYWORDS = frozenset(
    """
    abort action add after all alter always analyze and as asc attach autoincrement before
    begin between by cascade case cast check collate column commit conflict constraint
    create cross current current_date current_time current_timestamp database default
    deferrable deferred delete desc detach distinct do drop each else end escape except
    exclude exclusive exists explain fail filter first following for foreign from full
    generated glob group groups having if ignore immediate in index indexed initially inner
    insert instead intersect into is isnull join key last left like limit match
    materialized natural no not nothing notnull null nulls of offset on or order others
    outer over partition plan pragma preceding primary query raise range recursive
    references regexp reindex release rename replace restrict returning right rollback row
    rows savepoint select set table temp temporary then ties to transaction trigger
    unbounded union unique update using vacuum values view virtual when where window with
    without
    """.split()  # noqa: SIM905 - the list as the SQLite page has it
)

_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")
_TWO_CHAR_OPERATORS = {"||", "<=", ">=", "==", "!=", "<>", "<<", ">>", "->"}
_QUOTES = {'"': '"', "`": "`", "[": "]"}

Token = tuple[str, str]


class UnreadableSql(ValueError):
    """SQL text that SQLite's tokenizer would not read either (an unclosed quote)."""


def _name_char(ch: str) -> bool:
    return ch.isalnum() or ch in "_$" or ord(ch) > 0x7F


def tokens(sql: str) -> tuple[Token, ...]:
    """The SQL as a sequence of (kind, text): keywords and names in lower case (ASCII
    letters only, as SQLite folds them), quoted names unquoted, comments and whitespace
    dropped, string literals kept exactly."""
    out: list[Token] = []
    i, n = 0, len(sql)
    while i < n:
        ch = sql[i]
        if ch.isspace():
            i += 1
        elif sql.startswith("--", i):
            end = sql.find("\n", i)
            i = n if end < 0 else end + 1
        elif sql.startswith("/*", i):
            end = sql.find("*/", i + 2)
            i = n if end < 0 else end + 2  # SQLite reads an unclosed comment to the end
        elif ch == "'" or ch in _QUOTES:
            close = "'" if ch == "'" else _QUOTES[ch]
            text, i = _quoted(sql, i + 1, close)
            out.append(("str", text) if ch == "'" else ("name", text.translate(_ASCII_LOWER)))
        elif ch in "xX" and sql.startswith("'", i + 1):
            text, i = _quoted(sql, i + 2, "'")
            out.append(("blob", text.lower()))
        elif ch.isdigit() or (ch == "." and i + 1 < n and sql[i + 1].isdigit()):
            start = i
            while i < n and (
                sql[i].isalnum() or sql[i] in "._" or (sql[i] in "+-" and sql[i - 1] in "eE")
            ):
                i += 1
            out.append(("number", sql[start:i].lower()))
        elif _name_char(ch):
            start = i
            while i < n and _name_char(sql[i]):
                i += 1
            word = sql[start:i].translate(_ASCII_LOWER)
            out.append(("keyword" if word in KEYWORDS else "name", word))
        else:
            pair = sql[i : i + 2]
            step = 2 if pair in _TWO_CHAR_OPERATORS else 1
            out.append(("op", sql[i : i + step]))
            i += step
    return tuple(out)


def _quoted(sql: str, i: int, close: str) -> tuple[str, int]:
    text: list[str] = []
    while True:
        end = sql.find(close, i)
        if end < 0:
            raise UnreadableSql("an unclosed quote")
        text.append(sql[i:end])
        if close != "]" and sql.startswith(close * 2, end):  # a doubled quote is one quote
            text.append(close)
            i = end + 2
            continue
        return "".join(text), end + 1


def normalised(sql: str | None) -> tuple[Token, ...] | None:
    """The definition's tokens, or None for an object SQLite makes itself (no SQL)."""
    if sql is None:
        return None
    try:
        return tokens(sql)
    except UnreadableSql:
        return (("unreadable", sql),)


@dataclass(frozen=True)
class Entry:
    kind: str  # "table", "index", or whatever the file says, in lower case
    name: str  # in lower case
    table: str  # the table it belongs to, in lower case
    sql: tuple[Token, ...] | None
    text: str | None = field(default=None, compare=False)

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.name


def entries(rows: Iterable[tuple[object, object, object, object]]) -> list[Entry]:
    """Rows of ``sqlite_master`` (type, name, tbl_name, sql) as comparable entries."""
    found = []
    for kind, name, table, sql in rows:
        text = None if sql is None else str(sql)
        found.append(Entry(_lower(kind), _lower(name), _lower(table), normalised(text), text))
    return found


def _lower(value: object) -> str:
    return str(value).translate(_ASCII_LOWER) if value is not None else ""


@functools.cache
def reference(script: str) -> dict[tuple[str, str], Entry]:
    """The objects a database made from ``script`` holds (made in memory)."""
    conn = sqlite3.connect(":memory:")
    try:
        conn.executescript(script)
        rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    finally:
        conn.close()
    return {entry.key: entry for entry in entries(rows)}


def expected_shapes(version: int) -> list[dict[tuple[str, str], Entry]]:
    return [reference(script) for script in schema_history.SHAPES[version]]


def matches(found: list[Entry], version: int) -> bool:
    """True when ``found`` is exactly one of the shapes a file of ``version`` may have."""
    keys = Counter(entry.key for entry in found)
    if any(count > 1 for count in keys.values()):
        return False
    here = {entry.key: entry for entry in found}
    return any(here == shape for shape in expected_shapes(version))


def check(conn: sqlite3.Connection, version: int, where: str) -> None:
    """Refuse the file unless its schema is exactly one its version defines.

    ``conn`` must be a connection that cannot write (nothing in the file runs)."""
    rows = conn.execute("SELECT type, name, tbl_name, sql FROM sqlite_master").fetchall()
    found = entries(rows)
    if matches(found, version):
        return
    raise _refusal(conn, found, expected_shapes(version)[0], where)


_KIND_WORDS = {
    "table": N_("a table"),
    "index": N_("an index"),
    "trigger": N_("a trigger"),
    "view": N_("a view"),
}


def _refusal(
    conn: sqlite3.Connection,
    found: list[Entry],
    expected: dict[tuple[str, str], Entry],
    where: str,
) -> WorkshopError:
    """The first difference from the shape this program writes, in the facilitator's words."""
    seen: set[tuple[str, str]] = set()
    for entry in found:
        if entry.key in seen:
            return UntrustedWorkshopFile(
                _(
                    "the file contains a second {kind} named {name}; it was refused for safety"
                ).format(kind=entry.kind, name=repr(entry.name)),
                where=where,
            )
        seen.add(entry.key)
    for entry in found:  # anything we did not make, whatever its spelling
        if entry.key not in expected:
            known = _KIND_WORDS.get(entry.kind)
            kind = (
                _(known) if known else _("an object of kind {kind}").format(kind=repr(entry.kind))
            )
            return UntrustedWorkshopFile(
                _(
                    "the file contains {kind} ({name}) that Persona Workshop did not create; it "
                    "was refused for safety"
                ).format(kind=kind, name=repr(entry.name)),
                where=where,
            )
    missing = [key for key in expected if key not in seen]
    tables = sorted(name for kind, name in missing if kind == "table")
    if tables:
        return DamagedWorkshopFile(
            _("the file is missing parts of a workshop ({parts})").format(parts=", ".join(tables)),
            where=where,
        )
    here = {entry.key: entry for entry in found}
    for key, wanted in expected.items():
        if key not in here:
            continue
        entry = here[key]
        if wanted.kind == "table" and entry.sql != wanted.sql:
            return _table_refusal(conn, entry.name, wanted, where)
        if entry.table != wanted.table or entry.sql != wanted.sql:
            return UntrustedWorkshopFile(
                _(
                    "the {kind} {name} has a definition Persona Workshop did not write; it was "
                    "refused for safety"
                ).format(kind=entry.kind, name=repr(entry.name)),
                where=where,
            )
    names = sorted(name for _kind, name in missing)
    return DamagedWorkshopFile(
        _("the file is missing parts of a workshop (the index {parts})").format(
            parts=", ".join(names)
        ),
        where=where,
    )


def _table_refusal(conn: sqlite3.Connection, name: str, wanted: Entry, where: str) -> WorkshopError:
    """Say what is wrong with a table whose definition is not ours, as exactly as can be
    told from SQLite's own reading of it (nothing here runs code from the file)."""
    reference_db = sqlite3.connect(":memory:")
    try:
        reference_db.execute(wanted.text or "")
        want_columns = _columns(reference_db, name)
        want_keys = _foreign_keys(reference_db, name)
    finally:
        reference_db.close()
    try:
        have_columns = _columns(conn, name)
        have_keys = _foreign_keys(conn, name)
    except sqlite3.DatabaseError:
        have_columns, have_keys = {}, set()
    missing = [c for c in want_columns if c not in have_columns]
    if missing:
        return DamagedWorkshopFile(
            _("the file is missing parts of a workshop ({parts})").format(
                parts=f"{name}: {', '.join(missing)}"
            ),
            where=where,
        )
    if any(want_columns[c][1] and not have_columns[c][1] for c in want_columns):
        return UntrustedWorkshopFile(
            _(
                "the table {name} does not declare its PRIMARY KEY, so two rows could share an "
                "id; it was refused for safety"
            ).format(name=repr(name)),
            where=where,
        )
    if want_keys - have_keys:
        return UntrustedWorkshopFile(
            _(
                "the table {name} does not declare its FOREIGN KEYs, so its rows could point at "
                "nothing; it was refused for safety"
            ).format(name=repr(name)),
            where=where,
        )
    return UntrustedWorkshopFile(
        _(
            "the table {name} has a definition Persona Workshop did not write; it was refused "
            "for safety"
        ).format(name=repr(name)),
        where=where,
    )


def _columns(conn: sqlite3.Connection, table: str) -> dict[str, tuple[str, bool]]:
    """Column name -> (declared type, part of the primary key)."""
    rows = conn.execute(f'PRAGMA table_info("{table}")').fetchall()
    return {_lower(row[1]): (str(row[2]).upper(), bool(row[5])) for row in rows}


def _foreign_keys(conn: sqlite3.Connection, table: str) -> set[tuple[str, str]]:
    rows = conn.execute(f'PRAGMA foreign_key_list("{table}")').fetchall()
    return {(_lower(row[3]), _lower(row[2])) for row in rows}
