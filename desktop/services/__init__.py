"""Use cases: each opens one unit of work and returns read models."""
