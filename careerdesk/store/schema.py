"""Table definitions. The user database changes only through migrations; the catalogue
database is rebuilt whole, so its schema version is part of its fingerprint instead."""

from __future__ import annotations

from typing import TYPE_CHECKING

from careerdesk.store.migrations import Migrations

if TYPE_CHECKING:
    import sqlite_utils

    from careerdesk.store.db import Database

# Bump when the catalogue tables change: every catalogue is then rebuilt on next start.
# 11: rank_pos (store/rank_positions.py), role_title_words, role_name_text's prefix index;
# 10: role_name_text, role_alias_words; 9: role_initials
CATALOGUE_SCHEMA = 11

user_migrations = Migrations("careerdesk.user")


@user_migrations()
def m001_skill_status(db: sqlite_utils.Database) -> None:
    """One ledger of skills across every role, keyed by the canonical skill key."""
    db.execute(
        """
        CREATE TABLE skill_status (
            skill_key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            status TEXT NOT NULL CHECK (status IN ('have', 'learning', 'none')),
            note TEXT NOT NULL DEFAULT '',
            updated_at TEXT NOT NULL
        )
        """
    )


# A role's names by its id. Changing or removing one of the user's roles deletes its names, and
# deleting its `roles` row makes SQLite check role_names for rows still pointing at it (the
# foreign key): without this index both were full scans of role_names (~150,000 rows at
# 50,000 roles, ~2 x 25-70 ms of a ~100 ms change). A catalogue built before the index gets it
# at its first such change (store/catalogue_update.py), in that change's transaction (~0.2-0.5 s
# once at 50,000 roles), rather than through a schema bump, which would rebuild every catalogue.
ROLE_NAMES_BY_ROLE = "CREATE INDEX IF NOT EXISTS role_names_role ON role_names (role_id)"


def create_catalogue_tables(db: Database) -> None:
    """The derived catalogue: one row per role with its validated JSON, plus the
    denormalised tables and FTS index that search and progress queries need."""
    db.executescript(
        """
        CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        CREATE TABLE roles (
            id TEXT PRIMARY KEY,
            title TEXT NOT NULL,
            family TEXT NOT NULL,
            source TEXT NOT NULL,  -- curated, onet or mine
            skill_count INTEGER NOT NULL,
            skill_weight REAL NOT NULL,  -- sum of role_skills.weight
            onet_code TEXT,        -- the O*NET occupation the role is (or is based on)
            employment INTEGER,    -- US workers in its SOC: ranks common occupations first
            median_pay INTEGER,    -- OEWS annual median of its SOC, shown beside fit
            job_zone INTEGER,
            interests TEXT NOT NULL DEFAULT '',
            -- last: the JSON (~7 KB) spills onto overflow pages, and a column after it is read
            -- only by walking them (search and best fit read the columns above for many rows)
            profile TEXT NOT NULL
        );
        CREATE INDEX roles_onet ON roles (onet_code);
        -- The role list in one index, in the order it is shown: listing (every start) and the
        -- pickers' (id, title) pairs read it without touching the rows, each of which holds a
        -- whole profile (at 10,000 roles the table is ~80 MB; this index, under 1 MB).
        CREATE INDEX roles_listing ON roles (family, title COLLATE NOCASE, id, source);
        -- title and aliases, casefolded: exact and prefix name matches come from this index,
        -- with what a search lists and ranks them by (store/search.py), so that a one-letter
        -- prefix matching thousands of names never reads the roles table
        CREATE TABLE role_names (
            name TEXT NOT NULL,
            role_id TEXT NOT NULL REFERENCES roles (id),
            is_title INTEGER NOT NULL,
            title TEXT NOT NULL,
            family TEXT NOT NULL,
            source TEXT NOT NULL,
            rank_pos INTEGER NOT NULL,    -- the role's place within a tier, as in role_rank
            PRIMARY KEY (name, role_id)
        ) WITHOUT ROWID;
        -- (and role_names_role: see ROLE_NAMES_BY_ROLE)
        -- A one-letter search's whole answer, in its order (store/search.py _LETTER_ORDER): each
        -- role once per first letter of its names, as tier 3 when its title starts with the letter,
        -- else 4 (an alias does). A letter's best 200 are its first 200 rows, read a page at a
        -- time: the name index had to sort every title of the letter (2.5 ms at 50,000 roles), and
        -- where titles did not fill the list, to walk the letter's aliases (3,665 start with "c"
        -- in the built-in catalogue) handing each role's ten columns to Python.
        CREATE TABLE role_initials (
            initial TEXT NOT NULL,        -- the first character of a name (role_names.name)
            tier INTEGER NOT NULL,        -- 3: the title starts with it, 4: only an alias does
            rank_pos INTEGER NOT NULL,    -- the role's place within a tier, as in role_rank
            role_id TEXT NOT NULL REFERENCES roles (id),
            title TEXT NOT NULL,
            family TEXT NOT NULL,
            source TEXT NOT NULL,
            -- (role_id: positions are unique, but renumbering them moves one row at a time)
            PRIMARY KEY (initial, tier, rank_pos, role_id)
        ) WITHOUT ROWID;
        -- a role's rows: is it in a letter's answer (search.letter_position), and changing one of
        -- the user's roles deletes them (catalogue_update.py)
        CREATE INDEX role_initials_role ON role_initials (role_id, initial);
        CREATE TABLE role_skills (
            role_id TEXT NOT NULL REFERENCES roles (id),
            position INTEGER NOT NULL,
            skill_key TEXT NOT NULL,
            name TEXT NOT NULL,    -- as the role writes it
            kind TEXT NOT NULL,
            weight REAL NOT NULL,  -- how much the skill counts towards fit (see domain.fit)
            PRIMARY KEY (role_id, skill_key)
        );
        -- covering: best fit reads a ticked skill's roles from the index alone
        CREATE INDEX role_skills_key ON role_skills (skill_key, role_id, weight, kind);
        CREATE TABLE skills (
            skill_key TEXT PRIMARY KEY,
            name TEXT NOT NULL,
            kind TEXT NOT NULL,
            aliases TEXT NOT NULL,
            learn TEXT NOT NULL DEFAULT '[]'  -- JSON list of {title, url}
        );
        CREATE TABLE skill_demand (skill_key TEXT PRIMARY KEY, roles INTEGER NOT NULL) WITHOUT ROWID;
        CREATE TABLE career_steps (
            role_id TEXT NOT NULL REFERENCES roles (id),
            position INTEGER NOT NULL,
            title TEXT NOT NULL,
            target_id TEXT,
            kind TEXT NOT NULL DEFAULT 'next',  -- next (up the ladder) or related (sideways)
            PRIMARY KEY (role_id, position)
        );
        CREATE INDEX career_steps_target ON career_steps (target_id);
        -- rowid: the role's rowid in roles
        CREATE VIRTUAL TABLE roles_fts USING fts5 (
            title, aliases, skills,
            tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'"
        );
        -- What a full-text match shows and ranks by (store/search.py), by the match's rowid:
        -- a search reads ~150 bytes a match here, not the full-text table's stored row with
        -- every skill in it (~1 KB; a third of a keystroke went on reading 600 of them).
        CREATE TABLE role_rank (
            fts_row INTEGER PRIMARY KEY,  -- roles_fts.rowid, roles.rowid
            -- the role's place within a search tier (store/rank_positions.py), one integer for
            -- the five columns it is worked out from: onet, specialised, employment, the title's
            -- length, title_key, then id; unique, and spaced out
            rank_pos INTEGER NOT NULL,
            id TEXT NOT NULL,
            title TEXT NOT NULL,
            family TEXT NOT NULL,
            source TEXT NOT NULL,
            onet INTEGER NOT NULL,
            specialised INTEGER NOT NULL,
            employment INTEGER NOT NULL,
            title_key TEXT NOT NULL,    -- title.casefold(), as in role_names
            -- the title's and the aliases' words (search.word_line: " registered nurses "): a
            -- search tells whole words from word starts in SQLite, not per match in Python
            title_words TEXT NOT NULL,
            alias_words TEXT NOT NULL
        );
        -- roles_fts's title and aliases alone (rowid: roles_fts's; the text is not stored again):
        -- a search's name matches (store/search.py), the same rows in the same order, without
        -- merging the doclists of the skills, most of roles_fts's index (a prefix query merges
        -- every term's with that prefix before the first row)
        -- (prefix: a 2- or 3-letter query reads one list of rows instead of merging those of
        -- every word it starts, ~0.4 M of a 3-letter step's 6.8 M at 10,000 roles; same rows)
        CREATE VIRTUAL TABLE role_name_text USING fts5 (
            title, aliases, content = '', prefix = '2 3',
            tokenize = "unicode61 remove_diacritics 2 tokenchars '+#'"
        );
        -- role_rank's alias words as a full-text index (rowid: fts_row; the words are not stored
        -- again): which roles' aliases hold a word, so a search tests its alias tier's GLOBs only
        -- on those (store/search.py _word_tiers). Tokenized as the word lines are split, '_'
        -- included and nothing folded but case, so an ASCII word of a line is a token of it.
        CREATE VIRTUAL TABLE role_alias_words USING fts5 (
            alias_words, content = 'role_rank', content_rowid = 'fts_row', detail = 'none',
            tokenize = "unicode61 remove_diacritics 0 tokenchars '+#_'"
        );
        -- The same over the titles' words: most titles a 3-letter search reads start a word
        -- with it and few hold it whole, which three instr() a row told (search._word_tiers).
        CREATE VIRTUAL TABLE role_title_words USING fts5 (
            title_words, content = 'role_rank', content_rowid = 'fts_row', detail = 'none',
            tokenize = "unicode61 remove_diacritics 0 tokenchars '+#_'"
        );
        """
    )
    db.execute(ROLE_NAMES_BY_ROLE)


@user_migrations()
def m002_evidence_and_plan(db: sqlite_utils.Database) -> None:
    """Evidence beside each skill note, and the user's plan (one row: there is one user)."""
    db.execute("ALTER TABLE skill_status ADD COLUMN evidence TEXT NOT NULL DEFAULT ''")
    db.execute(
        """
        CREATE TABLE plan (
            id INTEGER PRIMARY KEY CHECK (id = 1),
            name TEXT NOT NULL DEFAULT '',
            current_role TEXT,
            target_role TEXT,
            target_date TEXT,
            updated_at TEXT NOT NULL
        )
        """
    )


def known_user_migrations() -> set[str]:
    """Names of the user-data migrations this version knows (a file with others is newer)."""
    return set(user_migrations.names())


@user_migrations()
def m003_user_roles(db: sqlite_utils.Database) -> None:
    """Roles the user imported or made: theirs, kept apart from the bundled catalogue."""
    db.execute(
        """
        CREATE TABLE user_roles (
            id TEXT PRIMARY KEY,
            profile TEXT NOT NULL,
            added_at TEXT NOT NULL
        )
        """
    )


@user_migrations()
def m004_history_and_milestones(db: sqlite_utils.Database) -> None:
    """An append-only history of every skill change, and a due date / effort per skill.

    The history is written by triggers, inside the very statement that changes
    skill_status: no write path can forget it, and a kill loses both or neither. Existing
    records start the history at their `updated_at`."""
    # one statement at a time: executescript would commit midway, outside the migration's transaction
    for statement in _M004:
        db.execute(statement)


_M004 = [
    """CREATE TABLE skill_history (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        at TEXT NOT NULL,
        skill_key TEXT NOT NULL,
        name TEXT NOT NULL,
        status TEXT NOT NULL,
        note TEXT NOT NULL,
        evidence TEXT NOT NULL
    )""",
    "CREATE INDEX skill_history_at ON skill_history (at)",
    """INSERT INTO skill_history (at, skill_key, name, status, note, evidence)
        SELECT updated_at, skill_key, name, status, note, evidence FROM skill_status ORDER BY updated_at""",
    """CREATE TRIGGER skill_history_on_insert AFTER INSERT ON skill_status BEGIN
        INSERT INTO skill_history (at, skill_key, name, status, note, evidence)
        VALUES (NEW.updated_at, NEW.skill_key, NEW.name, NEW.status, NEW.note, NEW.evidence);
    END""",
    """CREATE TRIGGER skill_history_on_update AFTER UPDATE ON skill_status
    WHEN OLD.status IS NOT NEW.status OR OLD.note IS NOT NEW.note OR OLD.evidence IS NOT NEW.evidence
        OR OLD.skill_key IS NOT NEW.skill_key BEGIN
        INSERT INTO skill_history (at, skill_key, name, status, note, evidence)
        VALUES (NEW.updated_at, NEW.skill_key, NEW.name, NEW.status, NEW.note, NEW.evidence);
    END""",
    """CREATE TRIGGER skill_history_no_update BEFORE UPDATE ON skill_history BEGIN
        SELECT RAISE(ABORT, 'the skill history is append-only');
    END""",
    """CREATE TRIGGER skill_history_no_delete BEFORE DELETE ON skill_history BEGIN
        SELECT RAISE(ABORT, 'the skill history is append-only');
    END""",
    """CREATE TABLE milestones (
        skill_key TEXT PRIMARY KEY,
        name TEXT NOT NULL,
        start TEXT,
        due TEXT,
        effort_weeks INTEGER CHECK (effort_weeks BETWEEN 1 AND 104),
        updated_at TEXT NOT NULL
    )""",
]
