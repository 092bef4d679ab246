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
registered here by output or source suffix. The sub-commands need no screen: they import the model, the exporters and
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
from collections.abc import Callable, Sequence
from pathlib import Path

from sqlalchemy.exc import SQLAlchemyError
from sqlalchemy.orm import Session

from app import __version__, i18n
from app.export.files import write_bytes_atomically
from app.model.errors import QT_TRANSLATE_NOOP, ParcoursError

EXIT_USER_ERROR = 1
#: ``EX_SOFTWARE`` from sysexits.h: a bug, not the user's mistake.
EXIT_INTERNAL_ERROR = 70
#: 128 + SIGPIPE: what a shell reports for a command whose reader went away.
EXIT_BROKEN_PIPE = 141
COMMANDS = ("new", "info", "check", "export", "import", "library")
CONTEXT = "cli"

#: Writes the project in a session to a file; chosen by the output's suffix.
Exporter = Callable[[Session, Path], None]
#: Reads a file into the project in a session; chosen by the source's suffix.
#: An exporter or importer with ``takes_options = True`` is also given
#: ``options=`` the parsed command line (``--journey``, ``--paper``, ``--dpi``...).
Importer = Callable[[Session, Path], object]
EXPORTERS: dict[str, Exporter] = {}
IMPORTERS: dict[str, Importer] = {}
#: Options of ``parcours export`` that format adapters add (:func:`register_export_options`), with the
#: output suffixes each applies to.
EXPORT_OPTIONS: list[tuple[Callable[[argparse.ArgumentParser], None], dict[str, tuple[str, ...]]]] = []


def tr(text: str) -> str:
    """``text`` (marked with ``QT_TRANSLATE_NOOP("cli", ...)``) in the user's language."""
    return i18n.translate(CONTEXT, text)


def register_exporter(suffix: str, exporter: Exporter) -> None:
    """Make ``parcours export FILE OUT<suffix>`` call ``exporter(session, out_path)``."""
    EXPORTERS[suffix.lower()] = exporter


def register_export_options(add: Callable[[argparse.ArgumentParser], None],
                            suffixes: dict[str, tuple[str, ...]]) -> None:
    """Let ``add`` put options on ``parcours export``; ``suffixes`` maps each option's dest to its formats."""
    EXPORT_OPTIONS.append((add, suffixes))


def register_importer(suffix: str, importer: Importer) -> None:
    """Make ``parcours import FILE SOURCE<suffix>`` call ``importer(session, source_path)``."""
    IMPORTERS[suffix.lower()] = importer


# --------------------------------------------------------------------------- files


def write_text_atomically(path: Path, text: str) -> None:
    """Write ``text`` as UTF-8 (newlines as written) beside ``path``, then rename it over ``path``."""
    write_bytes_atomically(path, text.encode("utf-8"))


def check_source(path: Path) -> None:
    """A one-sentence error when an input file is missing or a folder."""
    if path.is_dir():
        raise ParcoursError(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a file."), path=str(path))
    if not path.exists():
        raise ParcoursError(QT_TRANSLATE_NOOP("errors", "There is no file {path}."), path=str(path))


def journey_option(session: Session, options: argparse.Namespace | None) -> int | None:
    """The id of the journey ``--journey`` names (its title, any case, or its id); None without the option."""
    from sqlalchemy import select

    from app.model.schema import Journey

    wanted = getattr(options, "journey", None)
    if wanted is None:
        return None
    for ident, title in session.execute(select(Journey.id, Journey.title).order_by(Journey.position)):
        if title.casefold() == wanted.strip().casefold() or str(ident) == wanted.strip():
            return ident
    raise ParcoursError(QT_TRANSLATE_NOOP("errors", "There is no journey {name} in this project."), name=wanted)


def _suffix(path: Path, registry: dict[str, Callable], refusal: str) -> str:
    importlib.import_module("app.cli_formats")  # registers the formats (it imports this module's registries)
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
    journeys = [{"id": journey.id, "title": journey.title, "state": journey.state.value,
                 "personas": [persona.name for persona in journey.personas],
                 "stages": len(journey.stages), "lanes": len(journey.lanes), "cards": cards.get(journey.id, 0)}
                for journey in session.scalars(select(Journey).order_by(Journey.position))]
    workspace = workspace_summary(session)  # objectives, personas in full, departments, channels
    personas = workspace.pop("personas")
    # Actions with priority and horizon, KPIs with progress, measurement points, top irritants per journey.
    method = method_summary(session)
    actions, kpis = method["actions"], method["kpis"]
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
            print("  " + "  ".join(cell.ljust(width) for cell, width in zip(row, widths)).rstrip())
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
    message = result.message
    if isinstance(message, ParcoursError):
        message = message.message(i18n.translate)
    elif not isinstance(message, str):
        message = str(message)
    print(" ".join(message.split()), file=sys.stderr if result.code else sys.stdout)
    return int(result.code)


def _command_export(args: argparse.Namespace) -> int:
    from app.model.store import ProjectStore

    out = Path(args.out)
    suffix = _suffix(out, EXPORTERS, QT_TRANSLATE_NOOP(
        "errors", "Parcours cannot export to {suffix} files yet: only {formats} for now."))
    if out.is_dir():
        raise ParcoursError(QT_TRANSLATE_NOOP("errors", "{path} is a folder, not a file."), path=str(out))
    _refuse_options_of_other_formats(args, suffix)
    exporter = EXPORTERS[suffix]
    with ProjectStore.read(Path(args.file)) as store:
        _print_warnings(store.warnings)
        if getattr(exporter, "takes_options", False):
            exporter(store.session, out, options=args)
        else:
            exporter(store.session, out)
    print(tr(QT_TRANSLATE_NOOP("cli", "Exported {path}.")).format(path=out))
    return 0


#: The export options of the command line and the output suffixes they apply to (``--journey`` applies to all).
_OPTION_SUFFIXES = {
    **{name: (".pdf",) for name in ("tile", "tile_orientation", "overlap", "bleed", "crop_marks", "scale",
                                    "no_legend", "no_personas", "report")},
    "paper": (".pdf", ".png", ".svg"), "orientation": (".pdf", ".png", ".svg"), "dpi": (".png",),
    "csv_dialect": (".csv",),
}


def _refuse_options_of_other_formats(args: argparse.Namespace, suffix: str) -> None:
    """One sentence for an option that would be silently ignored by the format ``suffix`` picks."""
    options = dict(_OPTION_SUFFIXES)
    for _add, more in EXPORT_OPTIONS:
        options.update(more)
    for name, suffixes in options.items():
        value = getattr(args, name, None)
        if value not in (None, False) and suffix not in suffixes:
            flag = "--" + name.replace("_", "-") if name != "orientation" else "--" + value
            raise ParcoursError(QT_TRANSLATE_NOOP(
                "errors", "The option {option} does not apply to {suffix} files; it works with {suffixes}."),
                option=flag, suffix=suffix, suffixes=", ".join(suffixes))


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
            if getattr(importer, "takes_options", False):
                importer(store.session, source, options=args)
            else:
                importer(store.session, source)
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
        run = importlib.import_module("app.ui.main_window").run
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
    export.add_argument("--paper", metavar="SIZE", help=tr(QT_TRANSLATE_NOOP(
        "cli", "paper of a poster or image: A0, A1, A2, A3, A4 or WIDTHxHEIGHTmm "
               "(default: A0 for a PDF, the map's own size for an image)")))
    turn = export.add_mutually_exclusive_group()
    turn.add_argument("--portrait", dest="orientation", action="store_const", const="portrait",
                      help=tr(QT_TRANSLATE_NOOP("cli", "portrait poster (default: landscape when the map is wider)")))
    turn.add_argument("--landscape", dest="orientation", action="store_const", const="landscape",
                      help=tr(QT_TRANSLATE_NOOP("cli", "landscape poster")))
    export.add_argument("--tile", choices=("A4", "A3"), type=str.upper, help=tr(QT_TRANSLATE_NOOP(
        "cli", "print the poster on A4 or A3 sheets at 100 %%")))
    export.add_argument("--tile-orientation", choices=("portrait", "landscape"), help=tr(QT_TRANSLATE_NOOP(
        "cli", "orientation of the sheets (default: the one needing fewest)")))
    export.add_argument("--overlap", type=float, metavar="MM", help=tr(QT_TRANSLATE_NOOP(
        "cli", "overlap of the sheets in mm (default 10)")))
    export.add_argument("--bleed", type=float, metavar="MM", help=tr(QT_TRANSLATE_NOOP(
        "cli", "print-shop bleed in mm, 3 or 5 (adds trim and bleed boxes; not PDF/X)")))
    export.add_argument("--crop-marks", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "cli", "draw crop marks outside the trimmed sheet")))
    export.add_argument("--report", choices=("poster", "actions", "personas"), help=tr(QT_TRANSLATE_NOOP(
        "cli", "PDF content: the poster (default), the action plan or the persona sheets")))
    export.add_argument("--scale", type=float, metavar="PERCENT", help=tr(QT_TRANSLATE_NOOP(
        "cli", "draw the map at this percentage of the canvas at 100 %% instead of fitting it to the sheet")))
    export.add_argument("--no-legend", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "cli", "leave the legend off the poster")))
    export.add_argument("--no-personas", action="store_true", help=tr(QT_TRANSLATE_NOOP(
        "cli", "leave the persona panel off the poster")))
    export.add_argument("--csv-dialect", choices=("standard", "excel-fr"), help=tr(QT_TRANSLATE_NOOP(
        "cli", "CSV: standard (commas, decimal point) or excel-fr (semicolons, decimal comma)")))
    export.add_argument("--dpi", type=float, metavar="N", help=tr(QT_TRANSLATE_NOOP(
        "cli", "PNG resolution in dots per inch (default 96: the canvas at 100 %%)")))
    importlib.import_module("app.cli_formats")  # registers the formats and their options
    for add, _suffixes in EXPORT_OPTIONS:
        add(export)
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
    except Exception as error:  # noqa: BLE001 - the last line of defence: one line, no traceback
        _print_error(tr(QT_TRANSLATE_NOOP("cli", "Internal error: {detail}")).format(
            detail=f"{type(error).__name__}: {error}"))
        if os.environ.get("PARCOURS_DEBUG") == "1":
            traceback.print_exc()
        return EXIT_INTERNAL_ERROR
