"""Date and number formats for site languages that Django ships without (FORMAT_MODULE_PATH)."""
