"""Shared machinery for reading the official forms: labels, alignment, cells, glued digits.

Extractors never call each other; they share these functions.
"""
