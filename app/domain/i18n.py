"""Marks domain strings for translation without importing Qt.

`pyside6-lupdate` collects any call named QT_TRANSLATE_NOOP; the UI translates the
returned source text with `QCoreApplication.translate(context, text)`.
"""


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - name lupdate looks for
    return text
