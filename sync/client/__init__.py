"""The laptop's side of sync: one round with the server (`round`), applying pulled rows
(`apply`, `duplicates`), blobs, the device's certificate and token, and the `sync`
command. It imports the shared wire shapes (`sync.protocol`) and the laptop's layers,
never the server (docs/sync.md)."""
