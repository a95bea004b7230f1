"""Who acts, in the window: the key unlocked at start (once per session),
the first-start dialog with no key here, and Tools › Keys…"""

from __future__ import annotations

import shutil

from PySide6.QtWidgets import QFileDialog, QMessageBox

from desktop.ui.keys_dialog import (
    FirstKeyDialog,
    KeysDialog,
    UnlockDialog,
    unlock_at_start,
)
from tests.helpers.people import PASSPHRASE


def test_the_key_is_unlocked_once_at_start_from_the_environment(qapp, app_home, monkeypatch):
    monkeypatch.setenv("EXCHANGE_DESK_KEY", "Taras")
    actor = unlock_at_start(app_home)
    assert actor.name == "Taras" and actor.role.value == "coordinator"


def test_a_wrong_passphrase_keeps_the_unlock_dialog_open(qtbot, app_home):
    from desktop.services.keys import KeyStore

    dialog = UnlockDialog(KeyStore(app_home), ["Olena", "Taras"])
    qtbot.addWidget(dialog)
    dialog.secret.setText("not it at all")
    dialog.unlock()
    assert dialog.actor is None and "wrong" in dialog.error.text() and not dialog.result()
    dialog.secret.setText(PASSPHRASE)
    dialog.unlock()
    assert dialog.actor.name == "Olena"


def test_first_start_alone_makes_an_authority_and_a_key(qtbot, app_home):
    """With no key and no trusted authority here: "Set up alone" works and
    the person acts at once."""
    from desktop.services.keys import KeyStore

    shutil.rmtree(app_home.config_dir / "keys")
    dialog = FirstKeyDialog(KeyStore(app_home))
    qtbot.addWidget(dialog)
    dialog.name.setText("Olena Kovalenko")
    dialog.secret.setText("olena's passphrase")
    dialog.again.setText("olena's passphrase")
    dialog.authority.setText("olena's passphrase")
    dialog.set_up_alone()
    assert dialog.actor is None and "must differ" in dialog.error.text()
    dialog.authority.setText("a different one for the authority")
    dialog.set_up_alone()
    assert dialog.actor.name == "Olena Kovalenko" and dialog.actor.role.value == "supervisor"


def test_first_start_alone_is_refused_on_an_office_laptop(qtbot, app_home):
    """The laptop trusts the office: the solo path cannot mint a signer."""
    from desktop.services.keys import KeyStore

    shutil.rmtree(app_home.config_dir / "keys" / "people")
    dialog = FirstKeyDialog(KeyStore(app_home))
    qtbot.addWidget(dialog)
    dialog.name.setText("Mallory")
    for field in (dialog.secret, dialog.again):
        field.setText("mallory's passphrase")
    dialog.authority.setText("mallory's authority")
    dialog.set_up_alone()
    assert dialog.actor is None and "trusts Test office" in dialog.error.text()


def test_the_keys_dialog_shows_who_acts_and_trusts_an_authority(qtbot, ctx, app_home, tmp_path, monkeypatch):
    from desktop.paths import AppPaths
    from desktop.services.keys import KeyStore

    other = KeyStore(AppPaths.under(tmp_path / "other"))
    cert = other.init_authority("Lviv office", "lviv authority passphrase")
    shown = []
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(cert), "")))
    monkeypatch.setattr(QMessageBox, "information", staticmethod(lambda parent, title, text: shown.append(text)))
    dialog = KeysDialog(ctx)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert "Acting: Olena (supervisor)" in text and "Taras — coordinator" in text and "Test office" in text
    dialog.trust()
    assert shown == ["This installation now trusts Lviv office."]
    assert "Lviv office" in dialog.text.toPlainText()


def test_the_key_dialogs_mnemonics_are_unique(qtbot, ctx, app_home):
    """Driven from the keyboard (found with xdotool): Alt+A meant both
    "Again" and "Set up alone", and Alt+R three things."""
    import re

    from PySide6.QtWidgets import QAbstractButton, QLabel

    from desktop.services.keys import KeyStore

    for dialog in (FirstKeyDialog(KeyStore(app_home)), UnlockDialog(KeyStore(app_home), ["Olena"]), KeysDialog(ctx)):
        qtbot.addWidget(dialog)
        texts = [w.text() for w in dialog.findChildren(QLabel) + dialog.findChildren(QAbstractButton)]
        keys = [m.group(1).lower() for t in texts for m in [re.search(r"(?<!&)&([^&\s])", t)] if m]
        assert len(keys) == len(set(keys)), (type(dialog).__name__, sorted(keys))


def test_reading_only_says_why_nothing_can_be_recorded(qtbot, ctx, errors, monkeypatch):
    """No key unlocked: loading the demo data is refused with one sentence
    (it raised AttributeError), and nothing is written."""
    from desktop.services import rounds
    from desktop.ui.main_window import MainWindow

    ctx.actor = None
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.jobs.load_demo()
    assert errors and "No key is unlocked" in errors[-1]
    assert rounds.list_rounds(ctx.db) == []
    assert "reading only" in window.who_label.text()
