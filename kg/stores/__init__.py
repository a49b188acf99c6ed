"""Graph stores: Neo4j through the official driver, or the embedded LadybugDB folder by default."""
