"""The Qt window: one module per view or panel, and the training worker."""
