"""``parcours library ...``: publish to, list, pull from and administer a team library.

::

    parcours library publish FILE [--keep-mine | --as-new [--name NAME]]
    parcours library list [--search TEXT] [--json]
    parcours library pull NAME OUT.parcours [--revision N] [--force]
    parcours library diff FILE              what differs from the library's newest revision
    parcours library login                  keep the password in the system keyring
    parcours library init                   create or upgrade the library (its administrator)

The library is ``--url URL`` or ``$PARCOURS_LIBRARY_URL``; the password comes
from the URL, ``PGPASSWORD`` or the keyring. A publish refused because someone
else published first exits 3 with one sentence and writes nothing.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from pathlib import Path

from app import i18n
from app.library.connection import LibraryConflict, LibraryError, library_url, remember_password, with_password
from app.model.errors import QT_TRANSLATE_NOOP

CONTEXT = "cli"
#: Exit status of a publish refused because someone published first.
EXIT_CONFLICT = 3


def tr(text: str) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP("cli", ...)``) in the user's language."""
    return i18n.translate(CONTEXT, text)


def add_parser(commands: argparse._SubParsersAction) -> None:
    """Add ``library`` and its sub-commands to the ``parcours`` parser."""
    library = commands.add_parser("library", help=tr(QT_TRANSLATE_NOOP(
        "cli", "publish to, list, pull from a team library on PostgreSQL")))
    library.add_argument("--url", metavar="URL", help=tr(QT_TRANSLATE_NOOP(
        "cli", "the library: postgresql://user@host:port/database (default: $PARCOURS_LIBRARY_URL)")))
    verbs = library.add_subparsers(dest="verb", metavar="VERB", required=True)

    publish = verbs.add_parser("publish", help=tr(QT_TRANSLATE_NOOP("cli", "publish FILE as a new revision")))
    publish.add_argument("file", metavar="FILE")
    choice = publish.add_mutually_exclusive_group()
    choice.add_argument("--keep-mine", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "cli", "after a conflict: publish this file on top (the other revision stays in the history)")))
    choice.add_argument("--as-new", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "cli", "publish as a new project of the library")))
    publish.add_argument("--name", metavar="NAME", help=tr(QT_TRANSLATE_NOOP(
        "cli", "the name of a new project in the library (default: from its title)")))
    publish.set_defaults(library_handler=_publish)

    listing = verbs.add_parser("list", help=tr(QT_TRANSLATE_NOOP("cli", "list the library's projects")))
    listing.add_argument("--search", metavar="TEXT", help=tr(QT_TRANSLATE_NOOP(
        "cli", "only projects whose title, organisation, author, journeys, personas or tags contain TEXT")))
    listing.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "print JSON")))
    listing.set_defaults(library_handler=_list)

    pull = verbs.add_parser("pull", help=tr(QT_TRANSLATE_NOOP("cli", "copy a project of the library to a file")))
    pull.add_argument("name", metavar="NAME")
    pull.add_argument("out", metavar="OUT")
    pull.add_argument("--revision", type=int, metavar="N", help=tr(QT_TRANSLATE_NOOP(
        "cli", "an earlier revision (default: the newest)")))
    pull.add_argument("--force", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "replace OUT if it exists")))
    pull.set_defaults(library_handler=_pull)

    diff = verbs.add_parser("diff", help=tr(QT_TRANSLATE_NOOP(
        "cli", "show what FILE changes from the library's newest revision")))
    diff.add_argument("file", metavar="FILE")
    diff.set_defaults(library_handler=_diff)

    login = verbs.add_parser("login", help=tr(QT_TRANSLATE_NOOP(
        "cli", "ask the password once and keep it in the system keyring")))
    login.set_defaults(library_handler=_login)

    init = verbs.add_parser("init", help=tr(QT_TRANSLATE_NOOP(
        "cli", "create or upgrade the library's tables and roles (administrator)")))
    init.set_defaults(library_handler=_init)
    library.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Run ``parcours library VERB``; a conflict exits :data:`EXIT_CONFLICT`."""
    try:
        return args.library_handler(args, with_password(library_url(args.url)))
    except LibraryConflict as conflict:
        print(" ".join(conflict.message(i18n.translate).split()), file=sys.stderr)
        return EXIT_CONFLICT


def _publish(args: argparse.Namespace, url) -> int:
    from app.library.publish import publish_session
    from app.library.thumbnail import thumbnail_png
    from app.model.store import ProjectStore

    with ProjectStore.open(Path(args.file)) as store:
        published = publish_session(store.session, url, published_by=url.username or getpass.getuser(),
                                    keep_mine=args.keep_mine, as_new=args.as_new, name=args.name,
                                    thumbnail=thumbnail_png(store.session))
        store.save()
    print(tr(QT_TRANSLATE_NOOP("cli", "Published {name}, revision {revision}.")).format(
        name=published.name, revision=published.revision))
    return 0


def _list(args: argparse.Namespace, url) -> int:
    from app.library.browse import list_projects

    entries = list_projects(url, args.search)
    if args.json:
        print(json.dumps([entry.as_json() for entry in entries], ensure_ascii=False, indent=2))
        return 0
    if not entries:
        print(tr(QT_TRANSLATE_NOOP("cli", "The library holds no project that matches.")))
        return 0
    for entry in entries:
        print(f"{entry.name}  r{entry.revision}  {entry.title}  [{entry.organisation}]  "
              f"{entry.published_by}  {entry.published_at}")
    return 0


def _pull(args: argparse.Namespace, url) -> int:
    from app.library.browse import pull

    path = pull(url, args.name, Path(args.out), revision=args.revision, force=args.force)
    print(tr(QT_TRANSLATE_NOOP("cli", "Pulled {name} into {path}.")).format(name=args.name, path=path))
    return 0


def _diff(args: argparse.Namespace, url) -> int:
    from app.library.browse import read_revision
    from app.library.diff import diff_rows
    from app.library.publish import linked_revision
    from app.library.rows import read_rows, sqlite_connection
    from app.model.store import ProjectStore

    with ProjectStore.read(Path(args.file)) as store:
        link = linked_revision(store.session, url)
        if link is None:
            raise LibraryError(QT_TRANSLATE_NOOP(
                "errors", "{path} was never published to or pulled from this library."), path=args.file)
        mine = read_rows(sqlite_connection(store.session))
    _key, name, head, theirs = read_revision(url, link.project_key)
    differences = diff_rows(mine, theirs)
    print(tr(QT_TRANSLATE_NOOP("cli", "{path} against {name} revision {revision}:")).format(
        path=args.file, name=name, revision=head))
    for table in differences:
        for label in table.added:
            print(f"+ {label}")
        for label in table.removed:
            print(f"- {label}")
        for label, fields in table.changed:
            print(f"~ {label}: {', '.join(fields)}")
    if not differences:
        print(tr(QT_TRANSLATE_NOOP("cli", "No difference.")))
    return 0


def _login(args: argparse.Namespace, url) -> int:
    from app.library.browse import list_projects

    password = getpass.getpass(tr(QT_TRANSLATE_NOOP("cli", "Password of {user}: ")).format(user=url.username or ""))
    checked = url.set(password=password)
    list_projects(checked, "\x00")  # proves the password before keeping it
    if not remember_password(url, password):
        raise LibraryError(QT_TRANSLATE_NOOP(
            "errors", "There is no system keyring here to keep the password; give it with PGPASSWORD instead."))
    print(tr(QT_TRANSLATE_NOOP("cli", "The password is kept in the system keyring.")))
    return 0


def _init(args: argparse.Namespace, url) -> int:
    from app.library.admin import upgrade

    revision = upgrade(url)
    print(tr(QT_TRANSLATE_NOOP("cli", "The library is ready (schema {revision}).")).format(revision=revision))
    return 0
