"""The room's phones, without Qt: what the local server for participants' phones says and
does (docs/phone-api.md).

``api.PhoneApi`` turns one HTTP request (method, path, headers, body) into one reply;
it checks the session's secret and the phone's token (``session``), holds every request
to the caps (``caps``, ``rate``), reads the room from a snapshot (``room_state``) and
turns notes and dots into one store operation each, run through the app's ``Room``
(on the GUI thread, onto its undo stack). The Qt side (the sockets, the page's live
connection, the QR code) is in ``workshop.ui.phones``.
"""
