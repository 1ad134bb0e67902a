"""Terveysaula's core: the Matrix application service, its domain, storage and composition root."""
