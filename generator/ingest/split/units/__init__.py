"""Classified lines → layout units: text blocks and lines with their roles, hard-wrapped column lines reflowed into paragraphs."""
