"""``make screenshots``: the windows on a throw-away database with sample data,
rendered to PNGs (``run`` is the entry point). Not part of the app.
"""
