"""`careerdesk roles export / import / remove`: the user's own roles."""

from __future__ import annotations

import argparse
import os

from careerdesk.desk import Desk
from careerdesk.domain.errors import CareerDeskError
from careerdesk.importers.role_files import RoleImportError, profile_json, read_role_files
from careerdesk.store.store import Store


def roles_export(store: Store, args: argparse.Namespace) -> int:
    role = store.require_role(args.role)
    out = args.out.expanduser()
    tmp = out.with_name(f".{out.name}.partial")
    try:
        tmp.write_text(profile_json(role), encoding="utf-8")
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise CareerDeskError(f"cannot write {out}: {exc.strerror or exc}") from exc
    print(f"wrote {out}")
    return 0


def roles_import(store: Store, args: argparse.Namespace) -> int:
    try:
        profiles = read_role_files([p.expanduser() for p in args.files], Desk(store).page_reader())
    except RoleImportError as exc:
        raise CareerDeskError("\n".join(exc.problems)) from exc
    added = store.import_roles(profiles, replace=args.replace)
    print(f"imported {len(added)} role{'s' if len(added) != 1 else ''}: " + ", ".join(added))
    return 0


def roles_remove(store: Store, args: argparse.Namespace) -> int:
    store.remove_role(args.role)
    print(f"removed {args.role}")
    return 0
