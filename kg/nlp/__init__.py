"""The language pipeline: spaCy components, registered by name, that find the posts, people,
organisations, programmes, follow-up requests and references to other meetings in the
prose of minutes.

The pipeline is built once on ``spacy.blank("en")`` (or, if the user names one, an installed
statistical model) and run with ``nlp.pipe`` over every item of every document. Components
only mark spans (``doc.spans["ckg"]``, ``doc.spans["ckg_followups"]``,
``doc.spans["ckg_meeting_refs"]``) with their attributes; :mod:`kg.prose` turns them into
records. Word lists live in ``kg/data/nlp/`` (``lexicon.toml``, ``followups.toml``,
``given_names.txt``).

One module per component: :mod:`~kg.nlp.names` (posts, organisations, programmes and roles
in brackets), :mod:`~kg.nlp.people`, :mod:`~kg.nlp.bodies` (known bodies and acronyms),
:mod:`~kg.nlp.followups`, :mod:`~kg.nlp.meeting_refs`; :mod:`~kg.nlp.lexicon` holds the word
lists they share and :mod:`~kg.nlp.pipeline` puts them in order.
"""

from kg.nlp.followups import FollowupRules, followup_rules
from kg.nlp.lexicon import ORG, PERSON, POST, PROGRAMME, Lexicon, lexicon
from kg.nlp.pipeline import COMPONENTS, pipeline

__all__ = ["COMPONENTS", "ORG", "PERSON", "POST", "PROGRAMME", "FollowupRules", "Lexicon",
           "followup_rules", "lexicon", "pipeline"]
