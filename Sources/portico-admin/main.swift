print("portico-admin")
