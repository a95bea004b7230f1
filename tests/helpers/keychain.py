"""A system keychain for tests: kept in memory, never the machine's own."""

from __future__ import annotations

from keyring.backend import KeyringBackend


class MemoryKeychain(KeyringBackend):
    priority = 1
    name = "the test keychain"

    def __init__(self) -> None:
        super().__init__()
        self.kept: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.kept.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.kept[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.kept.pop((service, username), None)
