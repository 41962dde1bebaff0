"""Text primitives: folding, numbers, dates, the outline, word segmentation."""
