"""The legal eligibility engine: facts in, verdict out, with no Django import.

``evaluate(facts, policy)`` decides whether a person or unit meets the legal standard for a
title or award in a year, under the legal regime in force, citing the article for every
criterion. See docs/eligibility.md.
"""

from tdkt.eligibility.engine import Verdict, evaluate, evaluate_many
from tdkt.eligibility.facts import Facts, FactsError, parse_facts
from tdkt.eligibility.policy import Policy

__all__ = ["Facts", "FactsError", "Policy", "Verdict", "evaluate", "evaluate_many", "parse_facts"]
