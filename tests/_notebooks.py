"""A parameterised notebook for tests that run ``framing study`` on a notebook of their own: a
cell tagged ``parameters`` and code cells, fixed cell ids (the same notebook has the same bytes,
so the same cache key) and the venv's python3 kernel."""

from __future__ import annotations

from pathlib import Path

import nbformat


def parameterised_notebook(path: Path, params: str, *cells: str) -> Path:
    """Write the notebook to ``path`` (its folder made) and return ``path``."""
    nb = nbformat.v4.new_notebook()
    p = nbformat.v4.new_code_cell(params)
    p.metadata["tags"] = ["parameters"]
    nb.cells = [p, *(nbformat.v4.new_code_cell(c) for c in cells)]
    for i, cell in enumerate(nb.cells):
        cell.id = f"cell-{i}"
    nb.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3", "language": "python"}
    path.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, str(path))
    return path
