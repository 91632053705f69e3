public_patterns = []

clerk_patterns = []
