"""People and companies: create, edit, convert and delete them; the list rows and
search; phone numbers; links and categories; the card's settings, files, history
and completeness; campaign and project participation.
"""
