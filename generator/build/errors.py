"""The one way a build stops: a list of messages that say what to fix, and an exit status."""
from __future__ import annotations


class BuildFailed(Exception):
    """The build stopped; `messages` say what to fix; the previous site is untouched."""

    def __init__(self, messages: list[str], status: int = 2):
        super().__init__("\n".join(messages))
        self.messages, self.status = messages, status
