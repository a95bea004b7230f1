"""The two kinds of refusal a user can meet (defined with the rules in
`domain.errors`, so that the history's own guard can raise them too)."""

from desktop.domain.errors import Refused, UserError

__all__ = ["Refused", "UserError"]
