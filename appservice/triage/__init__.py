"""The navigator's triage engine: red-flag rules in fi/sv/en, levels, routing, optional model.

`navigator.Navigator.assess` is the entry point the chat bot and `terveysaula triage` share.
"""
