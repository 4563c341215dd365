"""NLP stage: a clean Document in, mentions, actors and claims out."""
