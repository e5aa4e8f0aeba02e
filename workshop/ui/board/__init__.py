"""The evidence board: sticky notes and clusters on a zoomable canvas.

``feature.BoardFeature`` puts it into the main window; ``scene.BoardScene`` holds one item
per note and cluster, built from the workshop in bulk and patched from each change;
``board_view.BoardView`` is where the facilitator clicks, drags and types.
"""
