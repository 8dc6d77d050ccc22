"""Settings → Company profile: the organisation every report and signature names."""
