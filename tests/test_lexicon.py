"""The lexicon is one namespace (`from briefing.analysis.lexicon import X`), gathered from several
modules with star imports: a name defined in two of them would silently shadow the first."""

from __future__ import annotations

import ast
from collections import defaultdict
from pathlib import Path

import briefing.analysis.lexicon as lexicon


def _defined(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names = set()
    for node in tree.body:
        targets = node.targets if isinstance(node, ast.Assign) else [node.target] if isinstance(
            node, ast.AnnAssign) else []
        names |= {t.id for t in targets if isinstance(t, ast.Name) and not t.id.startswith("_")}
    return names


def test_every_lexicon_name_is_defined_once():
    where = defaultdict(list)
    for path in sorted(Path(lexicon.__file__).parent.glob("*.py")):
        for name in _defined(path):
            where[name].append(path.name)
    assert {n: files for n, files in where.items() if len(files) > 1} == {}
