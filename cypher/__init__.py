"""Cypher shipped with kg: ``schema.cypher`` and the canned queries in ``queries/``.

This folder is ``cypher/`` in the repository and ``kg.cypher`` once installed; read its files
with :func:`importlib.resources.files` ("kg.cypher") so both work.
"""
