"""The ``parcours`` command line: the editor, or a headless sub-command.

::

    parcours [FILE]                                       the editor
    parcours new FILE [--template NAME] [--lang fr|en] [--force]
    parcours info FILE [--json]
    parcours check FILE                                   exit 0 sound, 1 damaged, 2 not a Parcours project
    parcours export FILE OUT [--journey NAME|ID] [--paper SIZE] [--portrait|--landscape]
                    [--tile A4|A3] [--tile-orientation O] [--overlap MM] [--bleed MM]
                    [--crop-marks] [--report poster|actions|personas] [--dpi N]
    parcours import FILE SOURCE [--journey NAME]
    parcours library publish|list|pull|diff|login|init ...    the team library (see app.cli_library)
    parcours --version

The formats of ``export`` and ``import`` are adapters in :mod:`app.cli_formats`,
looked up by output or source suffix. The sub-commands need no screen: they import the model, the exporters and
QtCore (for translations), never QtWidgets; the editor is imported only
when it is asked for. A user error prints one translated sentence on
stderr and exits 1; anything unexpected prints one "Internal error" line
and exits 70 (with the traceback when ``PARCOURS_DEBUG=1``).
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sqlite3
import sys
import traceback
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import Any

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app import __version__, i18n
from app.cli_common import check_source, tr
from app.cli_formats import EXPORTERS, IMPORTERS, add_export_options, refuse_options_of_other_formats
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError

EXIT_USER_ERROR = 1
#: ``EX_SOFTWARE`` from sysexits.h: a bug, not the user's mistake.
EXIT_INTERNAL_ERROR = 70
#: 128 + SIGPIPE: what a shell reports for a command whose reader went away.
EXIT_BROKEN_PIPE = 141
COMMANDS = ("new", "info", "check", "export", "import", "library")


def _suffix(path: Path, registry: Mapping[str, Callable[..., object]], refusal: str) -> str:
    suffix = path.suffix.lower()
    if suffix not in registry:
        raise ParcoursError(refusal, suffix=suffix or path.name, formats=", ".join(sorted(registry)))
    return suffix


# --------------------------------------------------------------------------- info


def project_summary(session: Session) -> dict[str, object]:
    """Names and counts of a project: what ``parcours info --json`` prints."""
    from sqlalchemy import func, select

    from app.model.method_data import method_summary
    from app.model.schema import Card, Journey, Lane, Project
    from app.model.workspace_summary import workspace_summary

    project = session.get(Project, 1)
    cards = dict(session.execute(select(Lane.journey_id, func.count(Card.id))
                                 .join(Card, Card.lane_id == Lane.id).group_by(Lane.journey_id)).all())
    journeys: list[dict[str, Any]] = [
        {"id": journey.id, "title": journey.title, "state": journey.state.value,
         "personas": [persona.name for persona in journey.personas],
         "stages": len(journey.stages), "lanes": len(journey.lanes), "cards": cards.get(journey.id, 0)}
        for journey in session.scalars(select(Journey).order_by(Journey.position))]
    workspace = workspace_summary(session)  # objectives, personas in full, departments, channels
    personas = workspace.pop("personas")
    # Actions with priority and horizon, KPIs with progress, measurement points, top irritants per journey.
    method = method_summary(session)
    actions, kpis = _listed(method["actions"]), _listed(method["kpis"])
    return {
        "title": project.title if project else "", "organisation": project.organisation if project else "",
        "author": project.author if project else "",
        "target_score": project.target_score if project else None,
        "drop_threshold": project.drop_threshold if project else None,
        "language": project.language.value if project else "", "scale": project.scale.value if project else "",
        "revision": project.revision if project else 0,
        "journeys": journeys, "personas": personas, "actions": actions, "kpis": kpis,
        **_workshop_summary(session),
        **workspace,
        "measurement_points": method["measurement_points"], "top_irritants": method["top_irritants"],
        "totals": {"journeys": len(journeys), "personas": len(personas),
                   "objectives": len(workspace["objectives"]), "departments": len(workspace["departments"]),
                   "channels": len(workspace["channels"]),
                   "stages": sum(j["stages"] for j in journeys), "lanes": sum(j["lanes"] for j in journeys),
                   "cards": sum(j["cards"] for j in journeys), "actions": len(actions), "kpis": len(kpis)},
    }


def _listed(value: object) -> list[object]:
    """A list of the summary (a list as :func:`app.model.method_data.method_summary` gives it)."""
    return list(value) if isinstance(value, list) else []


def _workshop_summary(session: Session) -> dict[str, object]:
    """Dot-vote rounds (with each journey's top irritants) and the number of comments."""
    from sqlalchemy import func, select

    from app.model import votes
    from app.model.schema import Comment

    return {"vote_rounds": votes.summary(session),
            "comments": session.scalar(select(func.count(Comment.id))) or 0}


_STATES = {"as_is": QT_TRANSLATE_NOOP("cli", "as-is"), "to_be": QT_TRANSLATE_NOOP("cli", "to-be")}


def print_summary(summary: dict) -> None:
    """Print :func:`project_summary` for a person: a few lines and a table of journeys."""
    print(tr(QT_TRANSLATE_NOOP("cli", "Project: {title}")).format(title=summary["title"] or "-"))
    print(tr(QT_TRANSLATE_NOOP("cli", "Language: {language}   Scale: {scale}   Revision: {revision}")).format(
        **summary))
    print()
    print(tr(QT_TRANSLATE_NOOP("cli", "Journeys: {count}")).format(count=len(summary["journeys"])))
    header = [tr(QT_TRANSLATE_NOOP("cli", "Journey")), tr(QT_TRANSLATE_NOOP("cli", "State")),
              tr(QT_TRANSLATE_NOOP("cli", "Stages")), tr(QT_TRANSLATE_NOOP("cli", "Lanes")),
              tr(QT_TRANSLATE_NOOP("cli", "Cards")), tr(QT_TRANSLATE_NOOP("cli", "Personas"))]
    rows = [[j["title"], tr(_STATES.get(j["state"], j["state"])), str(j["stages"]), str(j["lanes"]),
             str(j["cards"]), ", ".join(j["personas"]) or "-"] for j in summary["journeys"]]
    if rows:
        widths = [max(len(row[column]) for row in [header, *rows]) for column in range(len(header))]
        for row in [header, *rows]:
            print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths, strict=True)).rstrip())
    for label, key, name in ((QT_TRANSLATE_NOOP("cli", "Objectives: {count}"), "objectives", "title"),
                             (QT_TRANSLATE_NOOP("cli", "Personas: {count}"), "personas", "name"),
                             (QT_TRANSLATE_NOOP("cli", "Departments: {count}"), "departments", "name"),
                             (QT_TRANSLATE_NOOP("cli", "Actions: {count}"), "actions", "title"),
                             (QT_TRANSLATE_NOOP("cli", "KPIs: {count}"), "kpis", "name")):
        print()
        print(tr(label).format(count=len(summary[key])))
        for item in summary[key]:
            print(f"  - {item[name]}")


# --------------------------------------------------------------------------- sub-commands


def _command_new(args: argparse.Namespace) -> int:
    from app.model import templates
    from app.model.store import ProjectStore

    path = Path(args.file)
    if args.template not in templates.TEMPLATES:
        raise ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "There is no template named {name}; choose one of: {names}."),
            name=args.template, names=", ".join(templates.TEMPLATES))
    language = args.lang or i18n.system_language()
    if language not in i18n.LANGUAGES:
        raise ParcoursError(QT_TRANSLATE_NOOP("errors", "There is no language {name}; choose one of: {names}."),
                            name=language, names=", ".join(i18n.LANGUAGES))
    if path.is_dir():
        raise ParcoursError(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a file."), path=str(path))
    if path.exists() and not args.force:
        raise ParcoursError(QT_TRANSLATE_NOOP(
            "errors", "{path} already exists; add --force to replace it."), path=str(path))

    def populate(session: Session) -> None:
        templates.populate(session, args.template, language)

    with ProjectStore.create(populate=populate) as store:
        store.save(path)
    print(tr(QT_TRANSLATE_NOOP("cli", "Created {path} ({template}, {language}).")).format(
        path=path, template=args.template, language=language))
    return 0


def _print_warnings(warnings: Sequence[ParcoursError]) -> None:
    for warning in warnings:
        _print_error(warning.message(i18n.translate))


def _command_info(args: argparse.Namespace) -> int:
    from app.model.store import ProjectStore

    with ProjectStore.read(Path(args.file)) as store:
        _print_warnings(store.warnings)
        summary = project_summary(store.session)
    if args.json:
        print(json.dumps(summary, ensure_ascii=False, indent=2))
    else:
        print_summary(summary)
    return 0


def _command_check(args: argparse.Namespace) -> int:
    from app.model.store import check_file

    result = check_file(Path(args.file))
    message = result.message.message(i18n.translate) if result.message is not None else ""
    print(" ".join(message.split()), file=sys.stderr if result.code else sys.stdout)
    return int(result.code)


def _command_export(args: argparse.Namespace) -> int:
    from app.model.store import ProjectStore

    out = Path(args.out)
    suffix = _suffix(out, EXPORTERS, QT_TRANSLATE_NOOP(
        "errors", "Parcours cannot export to {suffix} files yet: only {formats} for now."))
    if out.is_dir():
        raise ParcoursError(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a file."), path=str(out))
    refuse_options_of_other_formats(args, suffix)
    exporter = EXPORTERS[suffix]
    with ProjectStore.read(Path(args.file)) as store:
        _print_warnings(store.warnings)
        exporter(store.session, out, args)
    print(tr(QT_TRANSLATE_NOOP("cli", "Exported {path}.")).format(path=out))
    return 0


def _command_import(args: argparse.Namespace) -> int:
    from app.model.store import ProjectStore

    path, source = Path(args.file), Path(args.source)
    suffix = _suffix(source, IMPORTERS, QT_TRANSLATE_NOOP(
        "errors", "Parcours cannot import {suffix} files yet: only {formats} for now."))
    check_source(source)  # the importer reads it, within its format's size limit
    created = not path.exists()
    store = ProjectStore.create() if created else ProjectStore.open(path)
    importer = IMPORTERS[suffix]
    with store:
        _print_warnings(store.warnings)
        try:
            importer(store.session, source, args)
            store.session.commit()
        except (SQLAlchemyError, sqlite3.Error) as error:
            failure = store.write_failure(error)
            if failure is None:
                raise
            raise failure from error
        store.save(path if created else None)
    text = (QT_TRANSLATE_NOOP("cli", "Imported {source} into the new project {path}.") if created
            else QT_TRANSLATE_NOOP("cli", "Imported {source} into {path}."))
    print(tr(text).format(source=source, path=path))
    return 0


def _run_editor(args: argparse.Namespace) -> int:
    try:
        run = importlib.import_module("app.ui.editor_start").run
    except (ImportError, AttributeError) as error:
        raise ParcoursError(QT_TRANSLATE_NOOP("errors", "The editor is not available in this installation.")) from error
    return int(run(Path(args.file) if args.file else None) or 0)


# --------------------------------------------------------------------------- parsing


def build_parser() -> argparse.ArgumentParser:
    """The parser of the sub-commands (``parcours [FILE]`` is recognised before it runs)."""
    parser = argparse.ArgumentParser(
        prog="parcours",
        description=tr(QT_TRANSLATE_NOOP("cli", "Customer journey maps. Without a sub-command: "
                                                "parcours [FILE] opens the editor.")))
    parser.add_argument("--version", action="version", version=f"parcours {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    new = commands.add_parser("new", help=tr(QT_TRANSLATE_NOOP("cli", "create a project file from a template")))
    new.add_argument("file", metavar="FILE")
    new.add_argument("--template", default="onboarding", metavar="NAME",
                     help=tr(QT_TRANSLATE_NOOP(
                         "cli", "onboarding (default), ecommerce, service_desk, bank_account, patient_visit or blank")))
    new.add_argument("--lang", default=None, metavar="LANG",
                     help=tr(QT_TRANSLATE_NOOP("cli", "language of the sample text: fr or en")))
    new.add_argument("--force", action="store_true",
                     help=tr(QT_TRANSLATE_NOOP("cli", "replace FILE if it exists")))
    new.set_defaults(handler=_command_new)

    info = commands.add_parser("info", help=tr(QT_TRANSLATE_NOOP(
        "cli", "list the journeys, personas, actions and KPIs")))
    info.add_argument("file", metavar="FILE")
    info.add_argument("--json", action="store_true", help=tr(QT_TRANSLATE_NOOP("cli", "print JSON")))
    info.set_defaults(handler=_command_info)

    check = commands.add_parser("check", help=tr(QT_TRANSLATE_NOOP(
        "cli", "check a file: exit 0 sound, 1 damaged, 2 not a Parcours project")))
    check.add_argument("file", metavar="FILE")
    check.set_defaults(handler=_command_check)

    export = commands.add_parser("export", help=tr(QT_TRANSLATE_NOOP(
        "cli", "write a journey or the project to OUT; its suffix picks the format: "
               ".pdf .png .svg .csv .xlsx .json .ojf .mmd .pptx")))
    export.add_argument("file", metavar="FILE")
    export.add_argument("out", metavar="OUT")
    export.add_argument("--journey", metavar="NAME|ID", help=tr(QT_TRANSLATE_NOOP(
        "cli", "the journey to export (default: the first)")))
    add_export_options(export)
    export.set_defaults(handler=_command_export)

    import_ = commands.add_parser("import", help=tr(QT_TRANSLATE_NOOP(
        "cli", "add SOURCE (.csv .xlsx .ojf .mmd as a new journey, .json as a project) to FILE, "
               "created if missing")))
    import_.add_argument("file", metavar="FILE")
    import_.add_argument("source", metavar="SOURCE")
    import_.add_argument("--journey", metavar="NAME", help=tr(QT_TRANSLATE_NOOP(
        "cli", "title of the new journey (default: the one in SOURCE)")))
    import_.set_defaults(handler=_command_import)

    from app.cli_library import add_parser as add_library_parser

    add_library_parser(commands)
    return parser


def _parse(arguments: list[str]) -> argparse.Namespace:
    if not arguments or (arguments[0] not in COMMANDS and not arguments[0].startswith("-")):
        editor = argparse.ArgumentParser(prog="parcours")
        editor.add_argument("file", metavar="FILE", nargs="?")
        return editor.parse_args(arguments, argparse.Namespace(handler=_run_editor))
    return build_parser().parse_args(arguments)


def _print_error(line: str) -> None:
    print(" ".join(line.split()), file=sys.stderr)


def _reader_gone() -> int:
    """The reader of stdout has gone (``parcours info FILE | head -3``): end quietly, as ``cat`` would.

    stdout is pointed at the null device so that Python's own flush at exit
    does not complain; the status is the conventional one of SIGPIPE.
    """
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        os.close(devnull)
    except (OSError, ValueError):
        pass  # stdout is not a real file (tests): nothing to quiet
    return EXIT_BROKEN_PIPE


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line with ``argv`` (default: ``sys.argv[1:]``) and return the exit status."""
    arguments = list(sys.argv[1:] if argv is None else argv)
    try:
        i18n.install()
        args = _parse(arguments)
        status = args.handler(args)
        sys.stdout.flush()  # here, so that a reader gone away (| head) is met inside this try
        return status
    except BrokenPipeError:
        return _reader_gone()
    except SystemExit as exit_:
        return exit_.code if isinstance(exit_.code, int) else (0 if exit_.code is None else 2)
    except ParcoursError as error:
        _print_error(error.message(i18n.translate))
        return EXIT_USER_ERROR
    except OSError as error:
        failure = ParcoursError(QT_TRANSLATE_NOOP("errors", "{path}: {reason}."),
                                path=error.filename or "", reason=error.strerror or error)
        _print_error(failure.message(i18n.translate))
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        return 130
    except Exception as error:  # the last line of defence: one line, no traceback
        _print_error(tr(QT_TRANSLATE_NOOP("cli", "Internal error: {detail}")).format(
            detail=f"{type(error).__name__}: {error}"))
        if os.environ.get("PARCOURS_DEBUG") == "1":
            traceback.print_exc()
        return EXIT_INTERNAL_ERROR
