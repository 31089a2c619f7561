"""CSV files a spreadsheet opens without running anything (OWASP « CSV injection »).

The DPC opens Pacte's exports (``panel.csv``, ``probabilites.csv``, ``quotas.csv``, the
generated ``vivier.csv``, sweep tables) in a spreadsheet. Some cells repeat what a user
typed in a pool (an id, a free column): a cell reading ``=HYPERLINK("http://…")`` or
``@SUM(…)`` would be run as a formula when the file is opened. Every CSV Pacte writes goes
through :func:`csv_text` (the ``csv`` module) or :func:`safe_frame` (pandas), which apply
one rule, :func:`neutralise`:

- **The OWASP rule.** A *text* cell beginning with ``=``, ``+``, ``-``, ``@``, a tab
  (``\\t``) or a carriage return (``\\r``) gets a leading apostrophe ``'``: a spreadsheet
  shows it as text (``'=1+2`` reads « =1+2 »), never as a formula.
- **Numbers stay numbers.** A cell holding a number (an ``int`` or ``float``, e.g. a
  probability, a minimum, a sweep statistic) is written as is, negative or not: a number
  cannot call anything. A *text* cell that is exactly a decimal number (``-3``, ``+2.5``,
  ``-1,5``, ``1e-3``: digits, one sign, one decimal mark, an exponent) is left alone too,
  since a spreadsheet reads it as that number; ``-2+3+cmd|' /C calc'!A0`` is not such a
  number and is neutralised.
- **Text is quoted, numbers are bare.** Every text cell is written between double quotes,
  so a spreadsheet that splits lines on « ; » (French locale) cannot cut a cell such as
  ``a;=cmd()`` into a new cell that starts with ``=``. Numbers are written bare: ``int``
  and ``float`` values, and text that is a number written the canonical way (``82``,
  ``-3``, ``0.244257642500``: no sign ``+``, no leading zero, no exponent), which is
  written digit for digit; ``007`` stays quoted text.

Parquet tables are not concerned (no spreadsheet evaluates a Parquet cell).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping, Sequence
from decimal import Decimal
from typing import Any

#: First characters that make a spreadsheet read a cell as a formula (OWASP).
DANGEROUS_FIRST = ("=", "+", "-", "@", "\t", "\r")

_CANONICAL = re.compile(r"-?(0|[1-9]\d*)(\.\d+)?")
_NUMBER = re.compile(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)([eE][+-]?\d+)?")


def is_plain_number(text: str) -> bool:
    """True for a text that is exactly one decimal number (« -3 », « +2.5 », « 1e-3 »)."""
    return _NUMBER.fullmatch(text) is not None


def is_dangerous(value: Any) -> bool:
    """True for a text cell a spreadsheet would read as a formula."""
    return isinstance(value, str) and value.startswith(DANGEROUS_FIRST) and not is_plain_number(value)


def neutralise(value: Any) -> Any:
    """The cell as it should be written: dangerous text gets a leading ``'``; else unchanged."""
    return "'" + value if is_dangerous(value) else value


def csv_text(header: Sequence[str], rows: Iterable[Mapping[str, Any]]) -> str:
    """CSV text (comma separated, ``\\n`` line ends, UTF-8 when encoded) of ``rows`` under
    ``header`` (missing keys are empty, extra keys ignored), every cell neutralised, text
    quoted, numbers bare."""
    buf = io.StringIO()
    writer = csv.writer(buf, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
    writer.writerow([neutralise(h) for h in header])
    for row in rows:
        writer.writerow([_cell(row.get(h, "")) for h in header])
    return buf.getvalue()


def _cell(value: Any) -> Any:
    if value is None:
        return ""
    if isinstance(value, bool):  # a bool is an int for csv: write the word
        return str(value)
    if isinstance(value, str) and _CANONICAL.fullmatch(value):
        number = Decimal(value)  # written bare, digit for digit (« 0.250000 », « -3 »)
        if str(number) == value:
            return number
    if isinstance(value, (int, float, str)):
        return neutralise(value)
    return neutralise(str(value))


def safe_frame(frame: Any) -> Any:
    """A copy of a pandas DataFrame whose text cells and column names are neutralised
    (numeric columns untouched)."""
    from pandas.api.types import is_bool_dtype, is_datetime64_any_dtype, is_numeric_dtype

    out = frame.copy()
    out.columns = [neutralise(str(c)) for c in out.columns]
    for position in range(out.shape[1]):
        column = out.iloc[:, position]
        dtype = column.dtype
        if not (is_numeric_dtype(dtype) or is_bool_dtype(dtype) or is_datetime64_any_dtype(dtype)):
            out.isetitem(position, column.astype(object).map(neutralise))
    return out


def frame_to_csv(frame: Any, path: Any) -> None:
    """Write a pandas DataFrame as CSV with the same rule as :func:`csv_text`."""
    safe_frame(frame).to_csv(path, index=False, quoting=csv.QUOTE_NONNUMERIC, lineterminator="\n")
