"""Who acts, asked once per session: the person's key unlocked at start.

With no key here yet, the first-start dialog says how to get one: in an
office, from the office authority (a request made here, a certificate
installed); alone, with an authority of one's own on this machine (refused
on a laptop that trusts an office's authority, so that path cannot mint a
signer there). Without a key the window opens for reading only.
"""

from __future__ import annotations

import os

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QVBoxLayout,
    QWidget,
)

from desktop.domain.people import Actor, Role
from desktop.paths import AppPaths
from desktop.services.errors import UserError
from desktop.services.keys import KEY_VARIABLE, PASSPHRASE_VARIABLE, KeyStore


def _password() -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class UnlockDialog(QDialog):
    """Choose whose key (when several people have one here) and unlock it."""

    def __init__(self, store: KeyStore, names: list[str], parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Unlock your key"))
        form = QFormLayout(self)
        form.addRow(QLabel(self.tr("Everything you record or sign is sealed with your personal key.")))
        self.who = QComboBox()
        self.who.addItems(names)
        form.addRow(self.tr("&Who:"), self.who)
        self.secret = _password()
        form.addRow(self.tr("&Passphrase:"), self.secret)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        form.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Read only"))
        buttons.accepted.connect(self.unlock)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.secret.setFocus()

    def unlock(self) -> None:
        try:
            self.actor = self.store.unlock(self.who.currentText(), lambda _name: self.secret.text())
        except UserError as exc:
            self.error.setText(str(exc))
            self.secret.selectAll()
            return
        self.accept()


class FirstKeyDialog(QDialog):
    """No key here yet: how to get one, and the two ways to start."""

    def __init__(self, store: KeyStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.actor: Actor | None = None
        self.setWindowTitle(self.tr("Your key"))
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(
            "<p>Exchange Desk records who does what with a personal key, certified with a role "
            "(coordinator, supervisor or liaison) by your office's authority.</p>"
            "<p><b>In an office:</b> make a request here, send it to the office authority, then install "
            "the certificate it sends back together with the authority's certificate "
            "(<code>exchange-desk keys install</code>, <code>exchange-desk trust</code>).</p>"
            "<p><b>Alone:</b> make an authority of your own on this machine (with its own passphrase) "
            "and a supervisor's key certified by it. Rounds you record are then signed off by a "
            "colleague who trusts your authority.</p>"
            "<p>Without a key, the rounds can be read but not changed.</p>"))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.form = QFormLayout()
        self.name = QLineEdit()
        self.form.addRow(self.tr("Your &name:"), self.name)
        from desktop.services.actor import role_name

        self.role = QComboBox()
        for role in Role:
            self.role.addItem(role_name(role.value), role.value)
        self.role.setCurrentIndex(list(Role).index(Role.SUPERVISOR))
        self.form.addRow(self.tr("R&ole:"), self.role)
        self.secret = _password()
        self.form.addRow(self.tr("Your &passphrase:"), self.secret)
        self.again = _password()
        self.form.addRow(self.tr("A&gain:"), self.again)
        self.authority = _password()
        self.form.addRow(self.tr("Own a&uthority's passphrase (alone only):"), self.authority)
        layout.addLayout(self.form)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        layout.addWidget(self.error)
        buttons = QDialogButtonBox()
        alone = buttons.addButton(self.tr("Set up &alone"), QDialogButtonBox.ButtonRole.AcceptRole)
        request = buttons.addButton(self.tr("Make a re&quest"), QDialogButtonBox.ButtonRole.ActionRole)
        read = buttons.addButton(self.tr("&Read only"), QDialogButtonBox.ButtonRole.RejectRole)
        alone.clicked.connect(self.set_up_alone)
        request.clicked.connect(self.make_request)
        read.clicked.connect(self.reject)
        layout.addWidget(buttons)

    def _passphrase(self) -> str | None:
        if self.secret.text() != self.again.text():
            self.error.setText(self.tr("The two passphrases differ."))
            return None
        return self.secret.text()

    def set_up_alone(self) -> None:
        secret = self._passphrase()
        if secret is None:
            return
        try:
            self.store.solo(self.name.text(), Role(self.role.currentData()), secret, self.authority.text())
            self.actor = self.store.unlock(self.name.text(), lambda _name: secret)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        self.accept()

    def make_request(self) -> None:
        secret = self._passphrase()
        if secret is None:
            return
        try:
            request = self.store.new(self.name.text(), Role(self.role.currentData()), secret)
        except UserError as exc:
            self.error.setText(str(exc))
            return
        target, _ = QFileDialog.getSaveFileName(self, self.tr("Save the request for the office authority"),
                                                str(request.name))
        if target:
            from desktop.services.files import write_output

            write_output(request.read_bytes(), target)
        QMessageBox.information(self, self.tr("Request made"), self.tr(
            "Your request is %1. Once the office authority has certified it, install the certificate with "
            "`exchange-desk keys install CERT` and start Exchange Desk again.").replace(
            "%1", target or str(request)))
        self.reject()


def unlock_at_start(paths: AppPaths, parent: QWidget | None = None, *, ask: bool = True) -> Actor | None:
    """The person acting this session (None: reading only). Scripts and
    tests give `EXCHANGE_DESK_PASSPHRASE` (and `EXCHANGE_DESK_KEY`);
    without `ask`, no dialog is shown."""
    store = KeyStore(paths)
    names = store.names()
    chosen = os.environ.get(KEY_VARIABLE) or None
    if names and os.environ.get(PASSPHRASE_VARIABLE):
        try:
            return store.unlock(chosen, lambda _name: os.environ[PASSPHRASE_VARIABLE])
        except UserError:
            pass  # asked below
    if not ask:
        return None
    if not names:
        dialog = FirstKeyDialog(store, parent)
    else:
        if chosen in names:
            names = [chosen, *[n for n in names if n != chosen]]
        dialog = UnlockDialog(store, names, parent)
    dialog.exec()
    return dialog.actor


class KeysDialog(QDialog):
    """Tools › Keys…: who is acting, the keys and authorities here, and the
    same steps as `exchange-desk keys` and `trust` (the authority's own
    steps stay on its machine's command line)."""

    def __init__(self, ctx, parent: QWidget | None = None):
        from PySide6.QtWidgets import QHBoxLayout, QPushButton, QTextBrowser

        super().__init__(parent)
        self.ctx = ctx
        self.store = KeyStore(ctx.paths)
        self.setWindowTitle(self.tr("Keys"))
        layout = QVBoxLayout(self)
        self.text = QTextBrowser()
        layout.addWidget(self.text)
        row = QHBoxLayout()
        for label, slot in ((self.tr("Make a &request…"), self.make_request),
                            (self.tr("&Install a certificate…"), self.install),
                            (self.tr("&Trust an authority…"), self.trust),
                            (self.tr("Install a re&vocation list…"), self.revocations)):
            button = QPushButton(label)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        close = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close.rejected.connect(self.reject)
        layout.addWidget(close)
        self.resize(720, 420)
        self.show_state()

    def show_state(self) -> None:
        from html import escape

        from desktop.reports.signing import common_name
        from desktop.services.actor import role_name

        actor = self.ctx.actor
        lines = ["<p><b>" + escape(self.tr("Acting:")) + "</b> " + escape(
            f"{actor.name} ({role_name(actor.role.value)})" if actor else self.tr("no key unlocked: reading only"))
            + "</p>", "<p><b>" + escape(self.tr("Keys here:")) + "</b></p><ul>"]
        persons = self.store.persons()
        for person in persons:
            state = (self.tr("certified by %1").replace("%1", person.certificate.issuer) if person.certificate
                     else self.tr("waiting for its certificate"))
            lines.append(f"<li>{escape(person.name)} — {escape(role_name(person.role.value))} — {escape(state)}</li>")
        if not persons:
            lines.append("<li>" + escape(self.tr("none")) + "</li>")
        lines.append("</ul><p><b>" + escape(self.tr("Authorities trusted here:")) + "</b></p><ul>")
        roots = self.store.trust_roots()
        lines += [f"<li>{escape(common_name(r))}</li>" for r in roots] or ["<li>" + escape(self.tr("none")) + "</li>"]
        lines.append("</ul>")
        self.text.setHtml("".join(lines))

    def _run(self, action) -> None:
        try:
            message = action()
        except UserError as exc:
            QMessageBox.warning(self, self.tr("Keys"), str(exc))
            return
        if message:
            QMessageBox.information(self, self.tr("Keys"), message)
        self.show_state()

    def _file(self, title: str) -> str | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", self.tr("PEM files (*.pem);;All files (*)"))
        return path or None

    def make_request(self) -> None:
        dialog = FirstKeyDialog(self.store, self)
        dialog.exec()
        self.show_state()

    def install(self) -> None:
        path = self._file(self.tr("The certificate the office authority issued"))
        if path:
            self._run(lambda: self.tr("Installed the certificate of %1; it acts from the next start.").replace(
                "%1", self.store.install(path).name))

    def trust(self) -> None:
        path = self._file(self.tr("The office authority's certificate"))
        if path:
            self._run(lambda: self.tr("This installation now trusts %1.").replace("%1", self.store.trust(path)))

    def revocations(self) -> None:
        path = self._file(self.tr("The revocation list the office authority issued"))
        if path:
            self._run(lambda: self.tr("Installed the revocation list (%1 revoked).").replace(
                "%1", str(self.store.trust_revocations(path))))
