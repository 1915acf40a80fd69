from datetime import datetime

# The clock every test uses: 双11, one minute before midnight, a Wednesday.
NOW = datetime(2026, 11, 11, 23, 59)
