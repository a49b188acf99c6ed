"""kg: who said what about whom, as a knowledge graph.

Stages, each usable from a notebook:

* ``kg.loaders.sources`` turns files (text, JSON Lines, HTML) into :class:`kg.model.Article`.
* ``kg.loaders.extract`` turns an Article into a :class:`kg.model.GraphDocument` (spaCy rules;
  never touches a database).
* ``kg.stores`` writes GraphDocuments into Neo4j or the embedded LadybugDB store (never sees spaCy).
"""

__version__ = "0.1.0"
