"""This desk's place in the user's desktop session: starting Ringcard with the
session (the XDG autostart entry). Files of the user's session only, no Qt."""
