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


def onet_import(store: Store, args: argparse.Namespace) -> int:
    import time

    from pydantic import ValidationError

    from careerdesk.domain.errors import describe_validation_error
    from careerdesk.domain.profile import RoleProfile
    from careerdesk.importers.onet import read_onet

    start = time.perf_counter()
    profiles, problems = [], []
    from careerdesk.catalogue import onet_vocabulary

    # the same mapping onto canonical skills as the built-in pack, so ticks keep counting
    vocabulary = onet_vocabulary(store.data_dir)
    for data in read_onet(args.path.expanduser(), args.wages.expanduser() if args.wages else None,
                          vocabulary=vocabulary):
        try:
            profiles.append(RoleProfile.model_validate(data))
        except ValidationError as exc:
            problems.extend(describe_validation_error(exc, f"O*NET {data.get('id')}"))
    if problems:
        raise CareerDeskError("\n".join(problems[:20]))
    count = store.import_onet(profiles)
    print(f"imported {count} O*NET occupations in {time.perf_counter() - start:.1f} s "
          "(they replace the built-in O*NET 29.3 occupations; `onet remove` brings those back)")
    return 0


def onet_remove(store: Store, _args: argparse.Namespace) -> int:
    store.remove_onet()
    print("removed the imported O*NET release; the built-in O*NET 29.3 occupations are back")
    return 0
