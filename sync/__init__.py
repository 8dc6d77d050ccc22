"""Everything that crosses the network between laptops and the service office's server."""
