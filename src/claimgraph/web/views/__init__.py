"""One module per page group; each builds its data once for both the page and the API."""
