"""Everything facing outside Matrix: the web portal and its JSON API, widgets, notifications."""
