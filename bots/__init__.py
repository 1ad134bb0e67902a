"""Conversational agents acting in rooms through the appservice's intents and domain services."""
