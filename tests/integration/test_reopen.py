"""Reopening a signed-off round undoes a sign-off: it takes what a sign-off
takes, a supervisor's signing key unlocked — not a name typed."""

from __future__ import annotations

import json

from tests.helpers.flows import ROUND, ready_for_sign_off


def signed(cli, db, keys, monkeypatch, tmp_path):
    ready_for_sign_off(cli, db)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Supervisor Sam")
    assert cli("sign-off", ROUND[:8], "-o", str(tmp_path / "signed.pdf")).code == 0


def status(cli) -> str:
    return json.loads(cli("show", ROUND[:8], "--json").out)["status"]


def test_a_coordinator_cannot_reopen(cli, db, keys, monkeypatch, tmp_path):
    """The attack: a coordinator's key (or `EXCHANGE_DESK_USER=Sam`, which
    names no one) tries to reopen. Refused, exit 3; still signed off."""
    signed(cli, db, keys, monkeypatch, tmp_path)
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Carol")
    monkeypatch.setenv("EXCHANGE_DESK_USER", "Supervisor Sam")
    result = cli("reopen", ROUND[:8], "--reason", "I would like to change it")
    assert result.code == 3
    assert "Carol's key is certified as coordinator" in result.err and "supervisor" in result.err
    assert status(cli) == "signed_off"


def test_a_coordinator_cannot_reopen_through_the_services_either(db, keys, monkeypatch, tmp_path, cli):
    """Below the command line, the history itself refuses an entry its
    author's role does not allow."""
    import pytest

    from desktop.services.errors import Refused
    from desktop.services.signoff import reopen
    from tests.helpers.people import person

    signed(cli, db, keys, monkeypatch, tmp_path)
    with pytest.raises(Refused, match="coordinator"):
        reopen(db, ROUND[:8], reason="no", actor=person("Carol"))
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
    assert reopened["actor"] == "Supervisor Sam" and len(reopened["after"]["key"]) == 64
