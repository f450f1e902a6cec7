"""Developer tools that do not ship in the app (``make screenshots``)."""
