"""Loaders: the road from documents to graph documents, in two obvious halves.

* :mod:`kg.loaders.sources` reads files (plain text, JSON Lines, HTML) into :class:`kg.model.Article`,
  lifting headline, dateline, source tag and publisher lines into metadata.
* :mod:`kg.loaders.extract` turns an Article into a :class:`kg.model.GraphDocument` with spaCy rules:
  entities, aliases, titles, affiliations and statements with speakers.

In this repository the folder is ``loaders/``; installed, it is the subpackage ``kg.loaders``.
"""
