"""The service office's pages for §4.1: contracts, the annual plan and its calendar."""
