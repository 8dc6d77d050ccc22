"""The service company's profile: names, address, contact, logo and seal."""
