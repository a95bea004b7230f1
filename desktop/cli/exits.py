"""The command line's exit codes, in one place (the README lists them)."""

#: Done.
EXIT_OK = 0
#: A bug: the traceback is in the log, nothing of the action was written.
EXIT_INTERNAL = 1
#: Bad input or usage: one sentence naming what and where.
EXIT_USAGE = 2
#: Refused by a rule (a signed round, four eyes, a role), or damage found
#: by `check` or `verify`.
EXIT_REFUSED = 3
EXIT_DAMAGE = EXIT_REFUSED
