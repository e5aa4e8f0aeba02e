"""The phone page's tables of words (resources/phone/words.js), read as Python: the body of
``var PHONE_WORDS = {…};`` is JSON."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

from workshop.resources import resource_path


def page_words() -> dict[str, dict[str, Any]]:
    """Language -> key -> a sentence, or its forms by plural category."""
    text = (Path(resource_path("phone")) / "words.js").read_text(encoding="utf-8")
    body = re.search(r"^var PHONE_WORDS = (\{.*\});\s*\Z", text, flags=re.S | re.M)
    assert body, "words.js: var PHONE_WORDS = {…}; at its end"
    words: dict[str, dict[str, Any]] = json.loads(body.group(1))
    return words
