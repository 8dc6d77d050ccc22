"""The shape of the code, enforced: import-linter contracts (pyproject's
[tool.importlinter]: the layers, the shared kernel, sync client and server apart), each
shown to fail on a forbidden import, and no import cycle between modules, so a newcomer
can read a feature bottom-up."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tomllib
from pathlib import Path

import grimp
import pytest

ROOT = Path(__file__).resolve().parent.parent


def _lint_imports(root: Path, *args: str) -> subprocess.CompletedProcess[str]:
    lint = Path(sys.executable).with_name("lint-imports")
    return subprocess.run(
        [str(lint), "--no-cache", *args],
        cwd=root,
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(root), "COLUMNS": "300"},
    )


def test_import_contracts_hold() -> None:
    result = _lint_imports(ROOT)
    assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-2000:]
    assert "BROKEN" not in result.stdout


# One import each contract forbids: (contract id, module that gains it, the import).
FORBIDDEN = [
    ("layers", "app/reports/builder.py", "app.services.store"),
    ("pure-domain", "app/domain/ids.py", "sqlalchemy"),
    ("ui-no-sql", "app/ui/widgets.py", "sqlalchemy"),
    ("ui-via-services", "app/ui/widgets.py", "app.db.models"),
    ("laptop-below-ui", "app/services/device.py", "sync.protocol"),
    ("kernel", "sync/protocol.py", "sync.client.token_store"),
    ("kernel", "app/domain/audit_chain.py", "app.services.audit"),
    ("server", "sync/server/names.py", "app.services.audit"),
    ("server", "sync/server/ca.py", "app.reports.pdf_signing"),
    ("client", "sync/client/token_store.py", "sync.server.names"),
]


def test_every_contract_is_checked() -> None:
    contracts = tomllib.loads((ROOT / "pyproject.toml").read_text("utf-8"))["tool"]
    ids = {c["id"] for c in contracts["importlinter"]["contracts"]}
    assert ids == {contract for contract, _, _ in FORBIDDEN}


@pytest.mark.parametrize(("contract", "module", "imported"), FORBIDDEN)
def test_a_forbidden_import_breaks_its_contract(
    tmp_path: Path, contract: str, module: str, imported: str
) -> None:
    """A copy of the tree with one forbidden import: lint-imports names it and fails."""
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for package in ("app", "sync"):
        shutil.copytree(ROOT / package, tmp_path / package, ignore=ignore)
    shutil.copy(ROOT / "pyproject.toml", tmp_path)
    target = tmp_path / module
    target.write_text(target.read_text("utf-8") + f"\nimport {imported}\n", "utf-8")
    result = _lint_imports(tmp_path, "--contract", contract)
    assert result.returncode == 1, result.stdout[-3000:] + result.stderr[-2000:]
    assert "0 kept, 1 broken" in result.stdout
    importer = module.removesuffix(".py").replace("/", ".")
    assert f"{importer} -> {imported}" in result.stdout


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected components of more than one module (Tarjan, iterative)."""
    modules = sorted(m for m in graph.modules if m.split(".")[0] in {"app", "sync"})
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & set(modules)) for m in modules}
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for start in modules:
        if start in index:
            continue
        work = [(start, 0)]
        while work:
            node, i = work.pop()
            if i == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            if i < len(edges[node]):
                work.append((node, i + 1))
                nxt = edges[node][i]
                if nxt not in index:
                    work.append((nxt, 0))
                elif nxt in on_stack:
                    low[node] = min(low[node], index[nxt])
                continue
            if low[node] == index[node]:
                component = []
                while True:
                    top = stack.pop()
                    on_stack.discard(top)
                    component.append(top)
                    if top == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
    return found


def test_no_module_imports_itself_through_others() -> None:
    sys.path.insert(0, str(ROOT))
    graph = grimp.build_graph("app", "sync", cache_dir=None)
    assert _cycles(graph) == []
