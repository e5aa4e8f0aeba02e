"""What one phone may send, and how often (docs/phone-api.md). Note text and names are
held to ``domain.limits`` (PHONE_NOTE_TEXT_MAX, PARTICIPANT_NAME_MAX)."""

from __future__ import annotations

#: The largest request body, in bytes (a photo of 2 MB is ~2.7 MB as base64 in JSON).
REQUEST_BODY_MAX = 3 * 1024 * 1024
#: The largest photo, decoded, in bytes.
PHOTO_MAX = 2 * 1024 * 1024
#: The most pixels a photo may claim (a phone's page sends ~2 MP; a small PNG can claim
#: enough pixels to take seconds and gigabytes to decode).
PHOTO_PIXELS_MAX = 24_000_000
#: Notes one phone may send per minute.
NOTES_PER_MINUTE = 30
#: Changes to its dots one phone may make per minute.
VOTE_CHANGES_PER_MINUTE = 20
#: Joins (a name picked or added) one session accepts per minute, from all phones.
JOINS_PER_MINUTE = 120
#: Phones one session lets join.
PHONES_MAX = 200
#: Items of a voting round a phone is shown (the first by their place on the board).
ROUND_ITEMS_MAX = 500
#: Note texts shown under each cluster of a round on clusters.
NOTES_PER_ITEM = 3
#: A text shown on a phone (a note, a title) is cut to this many characters.
SHOWN_TEXT_MAX = 280
