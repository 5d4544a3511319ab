"""Load generation and benchmarks for the assistant (issue: scale and benchmarks)."""
