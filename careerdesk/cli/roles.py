"""`careerdesk roles export / import / remove` and `onet import / remove`: the user's own roles."""

from __future__ import annotations

import argparse
import time

from careerdesk.domain.errors import CareerDeskError
from careerdesk.importers.role_files import RoleImportError
from careerdesk.service import Desk


def roles_export(desk: Desk, args: argparse.Namespace) -> int:
    out = desk.export_role(desk.require_role(args.role).id, args.out.expanduser())
    print(f"wrote {out}")
    return 0


def roles_import(desk: Desk, args: argparse.Namespace) -> int:
    try:
        profiles = desk.read_role_files([p.expanduser() for p in args.files])
    except RoleImportError as exc:
        raise CareerDeskError("\n".join(exc.problems)) from exc
    added = desk.import_roles(profiles, replace=args.replace)
    print(f"imported {len(added)} role{'s' if len(added) != 1 else ''}: " + ", ".join(added))
    return 0


def roles_remove(desk: Desk, args: argparse.Namespace) -> int:
    desk.remove_role(args.role)
    print(f"removed {args.role}")
    return 0


def onet_import(desk: Desk, args: argparse.Namespace) -> int:
    start = time.perf_counter()
    profiles = desk.read_onet(args.path.expanduser(), args.wages.expanduser() if args.wages else None)
    count = desk.import_onet(profiles)
    print(f"imported {count} O*NET occupations in {time.perf_counter() - start:.1f} s "
          "(they replace the built-in O*NET 29.3 occupations; `onet remove` brings those back)")
    return 0


def onet_remove(desk: Desk, _args: argparse.Namespace) -> int:
    desk.remove_onet()
    print("removed the imported O*NET release; the built-in O*NET 29.3 occupations are back")
    return 0
