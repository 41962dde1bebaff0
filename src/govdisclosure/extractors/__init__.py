"""The built-in extractors, one per layout, and the protocol a plugin follows."""
