"""Files in and out: import contacts from CSV, Excel and vCard (preview, then one
transaction; parsing in a second process for big files), saved column mappings,
and exports of lists as CSV, Excel or vCard.
"""
