"""Benchmark of the public site under gunicorn; see README.md. Never part of the deployed site."""
