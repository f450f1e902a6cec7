"""``ringcard demo-data``: a realistic demo office (people, companies and their
activities) written in bulk.
"""
