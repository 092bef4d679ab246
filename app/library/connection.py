"""Reaching a library: its address, the password, the engine, and errors as sentences.

A library is named by a ``postgresql://user@host:port/database`` URL (with
``?sslmode=require`` or stricter when TLS is wanted). The password is never
written into a project file or plain settings: it comes from the URL, from
``PGPASSWORD``, or from the system keyring (:func:`remember_password`). Every
failure of the server or the network becomes a :class:`LibraryError` with one
sentence; nothing here retries behind the user's back.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

from sqlalchemy import create_engine
from sqlalchemy.engine import URL, Connection, Engine, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, SQLAlchemyError

from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError

#: Environment variable naming the library when ``--url`` is not given.
URL_ENV = "PARCOURS_LIBRARY_URL"
#: Keyring service under which passwords are kept.
KEYRING_SERVICE = "parcours-library"
#: Seconds to wait for the server before saying it cannot be reached.
CONNECT_TIMEOUT = 8


class LibraryError(ParcoursError):
    """The library cannot do what was asked: one sentence for the user."""


class LibraryConflict(LibraryError):  # noqa: N818 - a choice to offer (keep mine, publish as new)
    """Someone published the project after the revision this file builds on (exit status 3)."""

    def __init__(self, text: str, /, *, head: int, base: int | None, **params: Any) -> None:
        super().__init__(text, head=head, base=base if base is not None else "-", **params)
        self.head = head
        self.base = base


def library_url(text: str | None) -> URL:
    """The parsed library address from ``text`` or :data:`URL_ENV`; refuses anything but PostgreSQL."""
    text = text or os.environ.get(URL_ENV, "")
    if not text:
        raise LibraryError(QT_TRANSLATE_NOOP(
            "errors", "No library is named: give --url postgresql://user@host/database or set {variable}."),
            variable=URL_ENV)
    try:
        url = make_url(text)
    except ArgumentError:
        url = None
    if url is None or url.get_backend_name() not in ("postgresql", "postgres") or not url.database:
        raise LibraryError(QT_TRANSLATE_NOOP(
            "errors", "{url} is not a library address: it must look like postgresql://user@host/database."),
            url=_safe_text(text))
    return url.set(drivername="postgresql+psycopg")


def _safe_text(text: str) -> str:
    """``text`` with any password in it hidden."""
    try:
        return make_url(text).render_as_string(hide_password=True)
    except ArgumentError:
        return text.split("@")[-1] if "@" in text else text


def public_url(url: URL) -> str:
    """The library's identity as a file keeps it: ``postgresql://host:port/database``.

    No user name (whoever pulled, a colleague may publish) and never a password.
    """
    return URL.create("postgresql", host=url.host or "localhost", port=url.port or 5432,
                      database=url.database).render_as_string(hide_password=False)


def keyring_account(url: URL) -> str:
    """The keyring account of a library: ``user@host:port/database``."""
    return f"{url.username or ''}@{url.host or 'localhost'}:{url.port or 5432}/{url.database}"


def stored_password(url: URL) -> str | None:
    """The password the system keyring holds for ``url``, or None (also when there is no keyring)."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return None
    try:
        return keyring.get_password(KEYRING_SERVICE, keyring_account(url))
    except (KeyringError, RuntimeError, OSError):
        return None


def remember_password(url: URL, password: str) -> bool:
    """Keep ``password`` for ``url`` in the system keyring; False when no keyring is available."""
    try:
        import keyring
        from keyring.errors import KeyringError
    except ImportError:
        return False
    try:
        keyring.set_password(KEYRING_SERVICE, keyring_account(url), password)
    except (KeyringError, RuntimeError, OSError):
        return False
    return True


def with_password(url: URL, password: str | None = None) -> URL:
    """``url`` carrying a password: the one given, the URL's, ``PGPASSWORD``'s, or the keyring's."""
    chosen = password or url.password or os.environ.get("PGPASSWORD") or stored_password(url)
    return url.set(password=chosen) if chosen else url


def engine_for(url: URL) -> Engine:
    """An engine on the library (no connection is made yet)."""
    return create_engine(url, pool_pre_ping=False, poolclass=None,
                         connect_args={"connect_timeout": CONNECT_TIMEOUT, "application_name": "parcours"})


def explain(error: BaseException, url: URL) -> LibraryError:
    """One sentence for a failure of the server, the network or the library's rights."""
    text = str(getattr(error, "orig", None) or error)
    lowered = text.lower()
    where = f"{url.host or 'localhost'}:{url.port or 5432}"
    code = getattr(getattr(error, "orig", None), "sqlstate", None)
    if "password authentication failed" in lowered or "no password supplied" in lowered or code == "28P01":
        return LibraryError(QT_TRANSLATE_NOOP(
            "errors", "The library at {where} refused the user name or password of {user}."),
            where=where, user=url.username or "?")
    if "ssl" in lowered and ("not support" in lowered or "was required" in lowered):
        return LibraryError(QT_TRANSLATE_NOOP(
            "errors", "The library at {where} offers no encrypted connection (TLS), which this address "
                      "requires (sslmode)."), where=where)
    if code == "3D000" or ("database" in lowered and "does not exist" in lowered):
        return LibraryError(QT_TRANSLATE_NOOP(
            "errors", "There is no database {database} on the library server {where}."),
            database=url.database, where=where)
    if code == "42501" or "permission denied" in lowered:
        return LibraryError(QT_TRANSLATE_NOOP(
            "errors", "Your library account {user} may read the library but not publish to it: ask its "
                      "administrator for the editor role."), user=url.username or "?")
    if code == "42P01" or ("relation" in lowered and "does not exist" in lowered):
        return LibraryError(QT_TRANSLATE_NOOP(
            "errors", "The database {database} on {where} holds no Parcours library yet: its administrator "
                      "creates one with parcours library init."), database=url.database, where=where)
    if isinstance(error, DBAPIError) and error.connection_invalidated or any(word in lowered for word in (
            "could not connect", "connection refused", "timeout expired", "could not translate host",
            "name or service not known", "no route to host", "server closed the connection",
            "connection is closed", "terminating connection", "consuming input failed")):
        return LibraryError(QT_TRANSLATE_NOOP(
            "errors", "The library server {where} cannot be reached or closed the connection: nothing was "
                      "changed; check the address and the network, then try again."), where=where)
    return LibraryError(QT_TRANSLATE_NOOP("errors", "The library at {where} refused the request: {reason}."),
                        where=where, reason=text.strip().splitlines()[0] if text.strip() else type(error).__name__)


@contextmanager
def transaction(url: URL) -> Iterator[Connection]:
    """One transaction on the library, committed when the block ends, rolled back on any error.

    Server and network failures come out as :class:`LibraryError`.
    """
    engine = engine_for(url)
    try:
        with engine.begin() as connection:
            yield connection
    except LibraryError:
        raise
    except SQLAlchemyError as error:
        raise explain(error, url) from error
    finally:
        engine.dispose()
