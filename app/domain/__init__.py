"""Pure rules of Beamside's domain: no Qt, no SQL, importable anywhere."""
