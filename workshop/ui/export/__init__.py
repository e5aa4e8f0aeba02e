"""The Export dialog: posters, the persona deck and evidence cards as PDF, previewed and printed."""
