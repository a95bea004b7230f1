"""Commands for people's keys, the office authority and what a laptop trusts.

    authority init --name OFFICE          (head office, once)
    keys new --name NAME --role ROLE      (each person, on their laptop)
    authority certify REQUEST -o CERT     (head office)
    trust AUTHORITY.pem                   (each laptop)
    keys install CERT                     (each person)
    authority revoke CERT -o REVOKED      (head office)
    trust --revoked REVOKED               (each laptop)
    keys solo --name NAME                 (a person working alone)
"""

from __future__ import annotations

import argparse
import os
import sys

from desktop.cli.exits import EXIT_OK
from desktop.domain.people import Role
from desktop.i18n import translate
from desktop.services.errors import UserError


def passphrase_from(prompt: str, *, confirm: bool = False, variable: str = "EXCHANGE_DESK_PASSPHRASE"):
    """A function giving the passphrase: from the environment, else asked in
    the terminal (never echoed, never logged)."""

    def ask() -> str:
        import getpass

        value = os.environ.get(variable)
        if value:
            return value
        if not sys.stdin.isatty():
            raise UserError(translate(
                "cli", "A passphrase is needed: set {variable} or run this in a terminal.").format(variable=variable))
        try:
            first = getpass.getpass(prompt)
            if confirm and getpass.getpass(translate("cli", "Again: ")) != first:
                raise UserError(translate("cli", "The two passphrases differ; nothing was made."))
        except EOFError:  # Ctrl-D, or the input ended
            raise UserError(translate("cli", "No passphrase was given; nothing was done.")) from None
        return first

    return ask


def authority_passphrase(*, confirm: bool = False):
    from desktop.services.keys import AUTHORITY_PASSPHRASE_VARIABLE

    return passphrase_from(translate("cli", "Passphrase of the office authority: "), confirm=confirm,
                           variable=AUTHORITY_PASSPHRASE_VARIABLE)


def _write(data: bytes, output: str) -> None:
    from desktop.services.files import write_output

    write_output(data, output)


def cmd_keys(args: argparse.Namespace, ctx) -> int:
    from desktop.services.actor import role_name
    from desktop.services.keys import KeyStore

    store = KeyStore(ctx.paths)
    if args.keys_command in ("new", "solo"):
        from desktop.services.keys import clean_name

        clean_name(args.name)  # a name that cannot be held is said before any passphrase is asked
    if args.keys_command == "new":
        passphrase = passphrase_from(translate("cli", "Passphrase for {name}'s key: ").format(name=args.name),
                                     confirm=True)()
        request = store.new(args.name, Role(args.role), passphrase)
        print(translate("cli", "Made a key for {name} ({role}). Send the request {file} to the office authority; "
                        "install the certificate it sends back with `exchange-desk keys install CERT`.").format(
            name=" ".join(args.name.split()), role=role_name(args.role), file=request))
    elif args.keys_command == "install":
        cert = store.install(args.certificate)
        print(translate("cli", "Installed the certificate of {name} ({role}), issued by {authority}.").format(
            name=cert.name, role=role_name(cert.role.value), authority=cert.issuer))
    elif args.keys_command == "solo":
        passphrase = passphrase_from(translate("cli", "Passphrase for {name}'s key: ").format(name=args.name),
                                     confirm=True)()
        cert = store.solo(args.name, Role(args.role), passphrase, authority_passphrase(confirm=True)())
        print(translate("cli", "Made an authority of your own on this machine and a key for {name} ({role}), "
                        "certified by it. Its certificate is {file}: a colleague who signs off your rounds "
                        "trusts it with `exchange-desk trust`.").format(
            name=cert.name, role=role_name(cert.role.value), file=store.authority_dir / "authority.cert.pem"))
    elif args.keys_command == "export":
        roots = store.trust_roots()
        if not roots:
            raise UserError(translate(
                "cli", "This installation trusts no authority yet; see `exchange-desk trust --help`."))
        _write(roots[0], args.output)
        if args.output != "-":
            print(translate("cli", "Wrote the authority's certificate to {file}; "
                            "others pass it to `exchange-desk trust` or `exchange-desk verify --trust`.").format(
                file=args.output), file=sys.stderr)
    else:
        persons = store.persons()
        if not persons:
            print(translate("cli", "No keys here."))
        for person in persons:
            state = (translate("cli", "certified by {authority}").format(authority=person.certificate.issuer)
                     if person.certificate else translate("cli", "waiting for its certificate"))
            print(f"{person.name}\t{role_name(person.role.value)}\t{state}")
    return EXIT_OK


def cmd_authority(args: argparse.Namespace, ctx) -> int:
    from desktop.reports.identity import read_certificate
    from desktop.services.actor import role_name
    from desktop.services.keys import KeyStore

    store = KeyStore(ctx.paths)
    if args.authority_command == "init":
        path = store.init_authority(args.name, authority_passphrase(confirm=True)())
        print(translate("cli", "Made the authority {name}. Give its certificate {file} to every laptop "
                        "(`exchange-desk trust {file}`); its key stays on this machine.").format(
            name=" ".join(args.name.split()), file=path))
    elif args.authority_command == "certify":
        role = Role(args.role) if args.role else None
        cert = store.certify(args.request, authority_passphrase(), role=role)
        _write(cert, args.output)
        info = read_certificate(cert)
        print(translate("cli", "Certified {name} as {role}: {file}.").format(
            name=info.name, role=role_name(info.role.value), file=args.output), file=sys.stderr)
    else:
        crl = store.revoke(args.certificate, authority_passphrase())
        _write(crl, args.output)
        print(translate("cli", "Wrote the revocation list to {file}; every laptop installs it with "
                        "`exchange-desk trust --revoked {file}`.").format(file=args.output), file=sys.stderr)
    return EXIT_OK


def cmd_trust(args: argparse.Namespace, ctx) -> int:
    from desktop.services.keys import KeyStore

    store = KeyStore(ctx.paths)
    if args.revoked:
        count = store.trust_revocations(args.revoked)
        print(translate("cli", "Installed the revocation list: %n certificate(s) revoked.", "", count))
        return EXIT_OK
    if not args.certificate:
        raise UserError(translate("cli", "trust: name the authority's certificate, or --revoked FILE."))
    name = store.trust(args.certificate)
    print(translate("cli", "This installation now trusts the authority {name}.").format(name=name))
    return EXIT_OK


def cmd_server(args: argparse.Namespace, ctx) -> int:
    """PostgreSQL only: the groups, grants and people's logins."""
    from desktop.services.server import add_user, init_server

    if args.server_command == "init":
        groups = init_server(ctx.db)
        print(translate("cli", "The server now enforces the roles: groups {groups}; add people with "
                        "`exchange-desk server add-user LOGIN --role ROLE`.").format(groups=", ".join(groups)))
    else:
        password = passphrase_from(translate("cli", "Password for the login {login}: ").format(login=args.login),
                                   confirm=True, variable="EXCHANGE_DESK_SERVER_PASSWORD")()
        add_user(ctx.db, args.login, Role(args.role), password)
        print(translate("cli", "The login {login} may now connect as {role}.").format(
            login=args.login, role=args.role))
    return EXIT_OK


def add_commands(add, common: argparse.ArgumentParser) -> None:
    roles = [r.value for r in Role]
    p = add("keys", cmd_keys, translate("cli", "people's keys on this laptop: new, install, solo, list, export"))
    sub = p.add_subparsers(dest="keys_command", metavar="ACTION", required=True)
    k = sub.add_parser("new", help=translate("cli", "make a person's key and a request for the authority"),
                       parents=[common])
    k.add_argument("--name", required=True, help=translate("cli", "whose key"))
    k.add_argument("--role", required=True, choices=roles, help=translate("cli", "the role to ask the authority for"))
    k = sub.add_parser("install", help=translate("cli", "install the certificate the authority issued"),
                       parents=[common])
    k.add_argument("certificate", metavar="CERT")
    k = sub.add_parser("solo", help=translate("cli", "a person alone: an authority of one's own and a key"),
                       parents=[common])
    k.add_argument("--name", required=True, help=translate("cli", "whose key"))
    k.add_argument("--role", default=Role.SUPERVISOR.value, choices=roles)
    k = sub.add_parser("export", help=translate("cli", "write the trusted authority's certificate"), parents=[common])
    k.add_argument("-o", "--output", required=True, metavar="PEM")
    sub.add_parser("list", help=translate("cli", "the keys kept here"), parents=[common])

    p = add("authority", cmd_authority, translate("cli", "the office authority (on its one machine): init, certify, "
                                                  "revoke"))
    sub = p.add_subparsers(dest="authority_command", metavar="ACTION", required=True)
    k = sub.add_parser("init", help=translate("cli", "make the office authority on this machine"), parents=[common])
    k.add_argument("--name", required=True, help=translate("cli", "the office's name"))
    k = sub.add_parser("certify", help=translate("cli", "certify a person's request"), parents=[common])
    k.add_argument("request", metavar="REQUEST")
    k.add_argument("-o", "--output", required=True, metavar="CERT")
    k.add_argument("--role", choices=roles, help=translate("cli", "certify another role than the one asked for"))
    k = sub.add_parser("revoke", help=translate("cli", "revoke a certificate"), parents=[common])
    k.add_argument("certificate", metavar="CERT")
    k.add_argument("-o", "--output", required=True, metavar="REVOKED")

    p = add("trust", cmd_trust, translate("cli", "trust an office authority, or install its revocation list"))
    p.add_argument("certificate", metavar="AUTHORITY.pem", nargs="?")
    p.add_argument("--revoked", metavar="REVOKED", help=translate("cli", "a revocation list the authority issued"))

    p = add("server", cmd_server, translate("cli", "a PostgreSQL server's roles (run by the database's owner): "
                                            "init, add-user"))
    sub = p.add_subparsers(dest="server_command", metavar="ACTION", required=True)
    sub.add_parser("init", help=translate("cli", "make the group roles and grants"), parents=[common])
    k = sub.add_parser("add-user", help=translate("cli", "a person's own login in a group"), parents=[common])
    k.add_argument("login", metavar="LOGIN")
    k.add_argument("--role", required=True, choices=roles)
