"""Team sync: wire protocol, client (requests, no Qt) and server (FastAPI)."""
