"""Scoring the extractors against hand-annotated gold (seed articles) and PolNeAR."""
