"""Figures for the Home dashboard (reference 003). The sales issue adds the
pipeline and forecast here.
"""
