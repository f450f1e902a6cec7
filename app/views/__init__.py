"""Qt widgets and item models. Views call app.services and get plain values back."""
