"""Pages and dialogs of the hotline log and the complaint register."""
