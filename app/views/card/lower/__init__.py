"""The card's lower tabs (reference 004): one module per tab."""
