"""Reopening a signed-off round undoes a sign-off: it takes what a sign-off
takes, a supervisor's signing key unlocked — not a name typed."""

from __future__ import annotations

import json

from tests.helpers.flows import ROUND, ready_for_sign_off


def signed(cli, db, keys, monkeypatch, tmp_path):
    ready_for_sign_off(cli, db)
    monkeypatch.setenv("EXCHANGE_DESK_USER", "Supervisor Sam")
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "signed.pdf")).code == 0


def status(cli) -> str:
    return json.loads(cli("show", ROUND[:8], "--json").out)["status"]


def test_a_coordinator_without_a_key_cannot_reopen(cli, db, keys, monkeypatch, tmp_path):
    """The attack: `EXCHANGE_DESK_USER=Carol exchange-desk reopen …` by
    someone holding no signing key. Refused, exit 3; still signed off."""
    signed(cli, db, keys, monkeypatch, tmp_path)
    monkeypatch.setenv("EXCHANGE_DESK_USER", "Carol")
    result = cli("reopen", ROUND[:8], "--reason", "I would like to change it")
    assert result.code == 3
    assert "takes a supervisor's signing key, and Carol has none here" in result.err
    assert status(cli) == "signed_off"


def test_a_wrong_passphrase_does_not_reopen(cli, db, keys, monkeypatch, tmp_path):
    signed(cli, db, keys, monkeypatch, tmp_path)
    monkeypatch.setenv("EXCHANGE_DESK_PASSPHRASE", "not the passphrase at all")
    result = cli("reopen", ROUND[:8], "--reason", "HQ corrected its list")
    assert result.code == 2 and "passphrase for Supervisor Sam's key is wrong" in result.err
    assert status(cli) == "signed_off"


def test_a_supervisor_reopens_with_the_key_on_record(cli, db, keys, monkeypatch, tmp_path):
    """The reopening names the key that did it and its certificate."""
    signed(cli, db, keys, monkeypatch, tmp_path)
    assert cli("reopen", ROUND[:8], "--reason", "HQ corrected its list").code == 0
    assert status(cli) == "draft"
    entries = json.loads(cli("history", ROUND[:8], "--json").out)
    reopened = next(e for e in entries if e["action"] == "reopen" and e["entity"] == "round")
    assert reopened["after"]["key"] == "Supervisor Sam" and len(reopened["after"]["certificate_sha256"]) == 64
