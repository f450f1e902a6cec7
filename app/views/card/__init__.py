"""The contact card: header, upper tabs, the middle toolbar, lower tabs."""
