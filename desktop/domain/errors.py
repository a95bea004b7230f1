"""The two kinds of refusal a user can meet; anything else is a bug."""


class UserError(Exception):
    """Bad input or usage (exit 2). The message is one sentence naming what is
    wrong and where; nothing was written."""

    exit_code = 2


class Refused(Exception):
    """A rule forbids the action (exit 3): a locked round, four eyes, open
    discrepancies. Nothing was written."""

    exit_code = 3
