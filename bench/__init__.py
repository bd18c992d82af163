"""Benchmarks of the sandbox against Prism's mock server: ``python -m bench.run_bench``."""
