"""The office itself: users, office-wide settings, the admin-defined lists
(statuses, ratings, conversion stages, categories) and secrets in the OS keyring.
"""
