"""Invite the room: the local server for participants' phones (QtHttpServer and
QtWebSockets), its QR code, and the Workshop menu's "Invite the Room…"."""
