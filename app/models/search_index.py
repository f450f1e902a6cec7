"""The substring search index and the triggers that keep it in sync.

SQLite: an FTS5 table with the trigram tokenizer. Its rowid is
``(name_key << ID_BITS) | contact_id`` (see ``app.models.naming``), so FTS5
returns hits in name order and a search can stop after the first page.

PostgreSQL: a ``contact_search`` table (one text document per contact) with a
pg_trgm GIN index, kept by PL/pgSQL triggers.

The DDL lives here once; the migration and the bulk loader (demo data) use it.
"""

from __future__ import annotations

from sqlalchemy import BigInteger, Connection, Integer, Text, column, table, text

from app.models.naming import ID_BITS

# lightweight table constructs for queries (the DDL below creates them)
contact_fts = table("contact_fts", column("rowid", BigInteger))
contact_search = table("contact_search", column("contact_id", Integer), column("doc", Text))

_ROWID = f"((c.name_key << {ID_BITS}) | c.id)"
_NAME = "trim(c.first_name || ' ' || c.last_name || ' ' || c.company_name)"
_COMPANIES = (
    "coalesce((SELECT group_concat(co.company_name, ' ') FROM company_links l "
    "JOIN contacts co ON co.id = l.company_id WHERE l.person_id = {cid}), '')"
)
_EMAILS = (
    "coalesce((SELECT group_concat(address, ' ') FROM contact_emails "
    "WHERE contact_id = {cid}), '')"
)
_PHONES = (
    "coalesce((SELECT group_concat(search_digits, ' ') FROM contact_phones "
    "WHERE contact_id = {cid}), '')"
)


def _fts_refresh(cid: str) -> str:
    """Statements that rewrite the FTS row of contact ``cid`` (an SQL expression)."""
    return (
        f"DELETE FROM contact_fts WHERE rowid = "
        f"(SELECT {_ROWID} FROM contacts c WHERE c.id = {cid});\n"
        f"INSERT INTO contact_fts(rowid, name, companies, emails, phones) "
        f"SELECT {_ROWID}, {_NAME}, {_COMPANIES.format(cid='c.id')}, "
        f"{_EMAILS.format(cid='c.id')}, {_PHONES.format(cid='c.id')} "
        f"FROM contacts c WHERE c.id = {cid};"
    )


SQLITE_TABLE = (
    "CREATE VIRTUAL TABLE IF NOT EXISTS contact_fts USING fts5("
    "name, companies, emails, phones, tokenize='trigram')"
)

SQLITE_TRIGGERS: dict[str, str] = {
    "contacts_fts_ai": f"""
CREATE TRIGGER contacts_fts_ai AFTER INSERT ON contacts BEGIN
  {_fts_refresh('new.id')}
END""",
    "contacts_fts_au": f"""
CREATE TRIGGER contacts_fts_au AFTER UPDATE OF first_name, last_name, company_name, name_key
ON contacts BEGIN
  DELETE FROM contact_fts WHERE rowid = ((old.name_key << {ID_BITS}) | old.id);
  {_fts_refresh('new.id')}
  UPDATE contact_fts SET companies = {_COMPANIES.format(cid=f'(contact_fts.rowid & {(1 << ID_BITS) - 1})')}
  WHERE rowid IN (SELECT {_ROWID} FROM company_links l JOIN contacts c ON c.id = l.person_id
                  WHERE l.company_id = new.id);
END""",
    "contacts_fts_ad": f"""
CREATE TRIGGER contacts_fts_ad AFTER DELETE ON contacts BEGIN
  DELETE FROM contact_fts WHERE rowid = ((old.name_key << {ID_BITS}) | old.id);
END""",
}
for _table, _col in (
    ("contact_emails", "contact_id"),
    ("contact_phones", "contact_id"),
    ("company_links", "person_id"),
):
    SQLITE_TRIGGERS[f"{_table}_fts_ai"] = (
        f"CREATE TRIGGER {_table}_fts_ai AFTER INSERT ON {_table} BEGIN\n"
        f"  {_fts_refresh(f'new.{_col}')}\nEND"
    )
    SQLITE_TRIGGERS[f"{_table}_fts_ad"] = (
        f"CREATE TRIGGER {_table}_fts_ad AFTER DELETE ON {_table} BEGIN\n"
        f"  {_fts_refresh(f'old.{_col}')}\nEND"
    )
    SQLITE_TRIGGERS[f"{_table}_fts_au"] = (
        f"CREATE TRIGGER {_table}_fts_au AFTER UPDATE ON {_table} BEGIN\n"
        f"  {_fts_refresh(f'old.{_col}')}\n  {_fts_refresh(f'new.{_col}')}\nEND"
    )

SQLITE_REBUILD = (
    "INSERT INTO contact_fts(rowid, name, companies, emails, phones) "
    f"SELECT {_ROWID}, {_NAME}, "
    "coalesce(lk.names, ''), coalesce(em.addrs, ''), coalesce(ph.digits, '') FROM contacts c "
    "LEFT JOIN (SELECT l.person_id AS cid, group_concat(co.company_name, ' ') AS names "
    "  FROM company_links l JOIN contacts co ON co.id = l.company_id GROUP BY l.person_id) lk "
    "  ON lk.cid = c.id "
    "LEFT JOIN (SELECT contact_id AS cid, group_concat(address, ' ') AS addrs "
    "  FROM contact_emails GROUP BY contact_id) em ON em.cid = c.id "
    "LEFT JOIN (SELECT contact_id AS cid, group_concat(search_digits, ' ') AS digits "
    "  FROM contact_phones GROUP BY contact_id) ph ON ph.cid = c.id "
    # FTS5 builds its doclists several times faster when rowids arrive in order
    "ORDER BY 1"
)

# a contact's search document on PostgreSQL (the refresh function and bulk imports)
_PG_DOC = ("concat_ws(' ', c.first_name, c.last_name, c.company_name, "
           "(SELECT string_agg(co.company_name, ' ') FROM company_links l "
           "JOIN contacts co ON co.id = l.company_id WHERE l.person_id = c.id), "
           "(SELECT string_agg(address, ' ') FROM contact_emails WHERE contact_id = c.id), "
           "(SELECT string_agg(search_digits, ' ') FROM contact_phones WHERE contact_id = c.id))")

PG_STATEMENTS: list[str] = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    """CREATE TABLE IF NOT EXISTS contact_search (
        contact_id integer PRIMARY KEY REFERENCES contacts(id) ON DELETE CASCADE,
        doc text NOT NULL DEFAULT '')""",
    "CREATE INDEX IF NOT EXISTS ix_contact_search_doc_trgm ON contact_search "
    "USING gin (doc gin_trgm_ops)",
    f"""CREATE OR REPLACE FUNCTION ringcard_refresh_search(cid integer) RETURNS void
    LANGUAGE plpgsql AS $$
    BEGIN
      IF NOT EXISTS (SELECT 1 FROM contacts WHERE id = cid) THEN RETURN; END IF;
      -- a bulk import in this transaction indexes its contacts itself, set-based
      IF current_setting('ringcard.defer_search', true) = 'on' THEN RETURN; END IF;
      INSERT INTO contact_search(contact_id, doc)
      SELECT c.id, {_PG_DOC}
      FROM contacts c WHERE c.id = cid
      ON CONFLICT (contact_id) DO UPDATE SET doc = EXCLUDED.doc;
    END $$""",
    """CREATE OR REPLACE FUNCTION ringcard_contacts_search_trg() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE p integer;
    BEGIN
      PERFORM ringcard_refresh_search(NEW.id);
      IF TG_OP = 'UPDATE' AND NEW.company_name IS DISTINCT FROM OLD.company_name THEN
        FOR p IN SELECT person_id FROM company_links WHERE company_id = NEW.id LOOP
          PERFORM ringcard_refresh_search(p);
        END LOOP;
      END IF;
      RETURN NULL;
    END $$""",
    """CREATE OR REPLACE FUNCTION ringcard_child_search_trg() RETURNS trigger
    LANGUAGE plpgsql AS $$
    DECLARE col text := TG_ARGV[0];
    BEGIN
      IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM ringcard_refresh_search((to_jsonb(OLD) ->> col)::integer);
      END IF;
      IF TG_OP IN ('UPDATE', 'INSERT') THEN
        PERFORM ringcard_refresh_search((to_jsonb(NEW) ->> col)::integer);
      END IF;
      RETURN NULL;
    END $$""",
]
PG_TRIGGERS: dict[str, str] = {
    "contacts": "CREATE TRIGGER contacts_search AFTER INSERT OR UPDATE OF first_name, last_name, "
    "company_name ON contacts FOR EACH ROW EXECUTE FUNCTION ringcard_contacts_search_trg()",
}
for _table, _col in (
    ("contact_emails", "contact_id"),
    ("contact_phones", "contact_id"),
    ("company_links", "person_id"),
):
    PG_TRIGGERS[_table] = (
        f"CREATE TRIGGER {_table}_search AFTER INSERT OR UPDATE OR DELETE ON {_table} "
        f"FOR EACH ROW EXECUTE FUNCTION ringcard_child_search_trg('{_col}')"
    )

PG_REFRESH_MANY = f"""INSERT INTO contact_search(contact_id, doc)
    SELECT c.id, {_PG_DOC}
    FROM contacts c WHERE c.id = ANY(:ids)
    ON CONFLICT (contact_id) DO UPDATE SET doc = EXCLUDED.doc"""

PG_REBUILD = [
    "TRUNCATE contact_search",
    """INSERT INTO contact_search(contact_id, doc)
    SELECT c.id, concat_ws(' ', c.first_name, c.last_name, c.company_name, lk.names, em.addrs,
                           ph.digits)
    FROM contacts c
    LEFT JOIN (SELECT l.person_id AS cid, string_agg(co.company_name, ' ') AS names
               FROM company_links l JOIN contacts co ON co.id = l.company_id
               GROUP BY l.person_id) lk ON lk.cid = c.id
    LEFT JOIN (SELECT contact_id AS cid, string_agg(address, ' ') AS addrs
               FROM contact_emails GROUP BY contact_id) em ON em.cid = c.id
    LEFT JOIN (SELECT contact_id AS cid, string_agg(search_digits, ' ') AS digits
               FROM contact_phones GROUP BY contact_id) ph ON ph.cid = c.id""",
]


def create(conn: Connection) -> None:
    """Create the index and its triggers (used by the migration)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(SQLITE_TABLE)
        create_triggers(conn)
    else:
        for stmt in PG_STATEMENTS:
            conn.exec_driver_sql(stmt)
        create_triggers(conn)


def drop(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        drop_triggers(conn)
        conn.exec_driver_sql("DROP TABLE IF EXISTS contact_fts")
    else:
        conn.exec_driver_sql("DROP TABLE IF EXISTS contact_search")


def create_triggers(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for sql in SQLITE_TRIGGERS.values():
            conn.exec_driver_sql(sql)
    else:
        for sql in PG_TRIGGERS.values():
            conn.exec_driver_sql(sql)


def drop_triggers(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        for name in SQLITE_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        for table in PG_TRIGGERS:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {table}_search ON {table}")


def rebuild(conn: Connection) -> None:
    """Recompute the whole index from the tables (after a bulk load)."""
    if conn.dialect.name == "sqlite":
        # a fresh table beats deleting a million rows from the old one
        conn.exec_driver_sql("DROP TABLE IF EXISTS contact_fts")
        conn.exec_driver_sql(SQLITE_TABLE)
        conn.exec_driver_sql(SQLITE_REBUILD)
    else:
        for stmt in PG_REBUILD:
            conn.execute(text(stmt))


def include_object(obj, name, type_, reflected, compare_to) -> bool:  # type: ignore[no-untyped-def]
    """For Alembic's autogenerate: leave the search index (FTS5 shadow tables,
    contact_search) alone; it is created by hand in migration 0002."""
    return not (type_ == "table" and str(name).startswith(("contact_fts", "contact_search")))


# --- SQLite: merging the index's segments ----------------------------------
# FTS5 keeps the index as segments and merges them as rows come in ("automerge"),
# which for a million contacts is most of what a bulk import costs. A bulk write
# can pause that inside its transaction and merge afterwards in small steps, each
# its own short transaction (other desks write in between). The index answers
# correctly all along: more segments only mean a little more work per search.

DEFAULT_AUTOMERGE = 4  # FTS5's own default


def pause_merging(conn: Connection) -> None:
    """Inside a write transaction: no merging until ``resume_merging`` (same transaction)."""
    conn.exec_driver_sql("INSERT INTO contact_fts(contact_fts, rank) VALUES('automerge', 0)")


def resume_merging(conn: Connection) -> None:
    conn.exec_driver_sql(
        f"INSERT INTO contact_fts(contact_fts, rank) VALUES('automerge', {DEFAULT_AUTOMERGE})")


def merge_step(conn: Connection, pages: int = 2000) -> bool:
    """Merge up to about ``pages`` pages of segments; False when there was nothing to merge."""
    before = conn.exec_driver_sql("SELECT total_changes()").scalar() or 0
    conn.exec_driver_sql(f"INSERT INTO contact_fts(contact_fts, rank) VALUES('merge', {pages})")
    after = conn.exec_driver_sql("SELECT total_changes()").scalar() or 0
    return after - before >= 2  # FTS5: a delta under 2 means no more work


# --- a bulk insert indexes its contacts once, set-based ------------------------
# Per row, the triggers rewrite a contact's search row for the contact and again
# for each phone and e-mail. The importer switches that off inside its own
# transaction, indexes each batch of contacts with one statement, and switches
# it on again before the transaction ends; a rollback or a killed process undoes
# the switch with everything else. SQLite: the insert triggers are dropped and
# created again (DDL is transactional; other desks cannot write meanwhile, as the
# importer holds the write lock). PostgreSQL: a setting local to the transaction
# that ringcard_refresh_search obeys (no lock, no other session affected).

SQLITE_BULK_DROPPED = ("contacts_fts_ai", "contact_emails_fts_ai", "contact_phones_fts_ai")
PG_DEFER_SETTING = "ringcard.defer_search"


def defer_indexing(conn: Connection) -> None:
    """Inside a write transaction: inserts no longer index themselves."""
    if conn.dialect.name == "sqlite":
        for name in SQLITE_BULK_DROPPED:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
    else:
        conn.execute(text(f"SELECT set_config('{PG_DEFER_SETTING}', 'on', true)"))


def resume_indexing(conn: Connection) -> None:
    """Before the transaction ends: the triggers index again."""
    if conn.dialect.name == "sqlite":
        for name in SQLITE_BULK_DROPPED:
            conn.exec_driver_sql(f"DROP TRIGGER IF EXISTS {name}")
            conn.exec_driver_sql(SQLITE_TRIGGERS[name])
    else:
        conn.execute(text(f"SELECT set_config('{PG_DEFER_SETTING}', 'off', true)"))


def index_new_contacts(conn: Connection, ids: list[int]) -> None:
    """The search rows of new contacts (SQLite: ``ids`` consecutive, none indexed yet)."""
    if not ids:
        return
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(
            "INSERT INTO contact_fts(rowid, name, companies, emails, phones) "
            f"SELECT {_ROWID}, {_NAME}, {_COMPANIES.format(cid='c.id')}, "
            f"{_EMAILS.format(cid='c.id')}, {_PHONES.format(cid='c.id')} "
            f"FROM contacts c WHERE c.id BETWEEN {int(min(ids))} AND {int(max(ids))} ORDER BY 1")
    else:
        conn.execute(text(PG_REFRESH_MANY), {"ids": list(ids)})


def refresh_contact(conn: Connection, contact_id: int) -> None:
    """Rewrite one contact's search row (what the triggers would have done)."""
    if conn.dialect.name == "sqlite":
        for statement in _fts_refresh(str(int(contact_id))).split(";\n"):
            if statement.strip():
                conn.exec_driver_sql(statement.rstrip(";"))
    else:
        conn.execute(text(PG_REFRESH_MANY), {"ids": [int(contact_id)]})
