"""Private keys are sealed under scrypt: a guess costs 128 MiB and a
noticeable time, a forged key file cannot make the program spend more, and
keys of earlier releases still open."""

from __future__ import annotations

import base64
import json

import pytest
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.asymmetric import rsa

from desktop.reports import signing


@pytest.fixture(scope="module")
def key():
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


@pytest.fixture(scope="module")
def sealed(key):
    return signing.encrypt_key(key, "correct horse battery")


def test_a_new_key_is_sealed_by_scrypt_and_opens_with_its_passphrase(key, sealed):
    assert signing.is_sealed_by_scrypt(sealed)
    assert b"PRIVATE KEY" in sealed and b"MII" not in sealed  # no PKCS#8 in the clear
    body = json.loads(base64.b64decode("".join(sealed.decode().splitlines()[1:-1])))
    assert (body["kdf"], body["n"], body["r"]) == ("scrypt", 2**17, 8)
    assert signing.load_key(sealed, "correct horse battery").private_numbers() == key.private_numbers()


def test_a_wrong_passphrase_is_refused(sealed):
    with pytest.raises(signing.SigningError, match="passphrase is wrong"):
        signing.load_key(sealed, "correct horse batterx")


@pytest.mark.parametrize("change", [
    {"n": 2**24},           # 2 GiB of memory per guess asked by a forged file
    {"n": 2**10},           # a cheap guess: a forged file lowering the cost
    {"n": 3 * 2**15},       # not a power of two
    {"kdf": "pbkdf2"},
    {"p": 64},
    {"sealed": "AAAA"},
])
def test_a_forged_key_file_is_refused_before_any_costly_work(sealed, change):
    body = json.loads(base64.b64decode("".join(sealed.decode().splitlines()[1:-1])))
    body.update(change)
    forged = ("-----BEGIN EXCHANGE DESK PRIVATE KEY-----\n" + base64.b64encode(json.dumps(body).encode()).decode()
              + "\n-----END EXCHANGE DESK PRIVATE KEY-----\n").encode()
    with pytest.raises(signing.SigningError):
        signing.load_key(forged, "correct horse battery")


def test_a_key_of_an_earlier_release_still_opens(key):
    old = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.BestAvailableEncryption(b"correct horse battery"))
    assert not signing.is_sealed_by_scrypt(old)
    assert signing.load_key(old, "correct horse battery").private_numbers() == key.private_numbers()
