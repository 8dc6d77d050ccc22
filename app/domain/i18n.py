"""Translation helpers without Qt, for every layer.

`QT_TRANSLATE_NOOP` marks domain strings: `pyside6-lupdate` collects any call of that
name; the UI translates the returned source text with
`QCoreApplication.translate(context, text)`. `arg` fills a translated text's %1, %2 …
markers, so code below the UI (commands, the data-folder check) fills them the same way
as the screens do (app/ui/i18n.py hands this one out).
"""

from __future__ import annotations

import re

_MARKER = re.compile(r"%(\d+)")


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    return text


def arg(text: str, *values: object) -> str:
    """Fills %1, %2, … in one pass, like QString::arg with several values.

    A value that itself holds "%2" stays as it is: chained `.replace` calls would
    substitute it again. A marker without a value is left in place.
    """

    def fill(match: re.Match[str]) -> str:
        index = int(match.group(1))
        return str(values[index - 1]) if 1 <= index <= len(values) else match.group(0)

    return _MARKER.sub(fill, text)
