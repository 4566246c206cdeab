"""edugraph: Thai education-reform press releases into a knowledge graph of their actors."""

__version__ = "0.1.0"
