"""Benchmarks: Exchange Desk against bare baselines, in the same run."""
