"""HTTP routes, one module per area; each is thin: parse, authorise, call a service."""
