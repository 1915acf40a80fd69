"""The team sync server (FastAPI).  Issue 6 fills in libraries, auth and notifications."""
