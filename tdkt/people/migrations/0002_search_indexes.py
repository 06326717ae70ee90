"""Trigram indexes for search on PostgreSQL (LIKE '%word%' on the folded name).

SQLite has no equivalent and its LIKE scan is fast at the sizes SQLite serves, so the
operation does nothing there.
"""

from django.db import migrations

PG_UP = [
    "CREATE EXTENSION IF NOT EXISTS pg_trgm",
    "CREATE INDEX IF NOT EXISTS person_search_trgm ON people_person USING gin (search_text gin_trgm_ops)",
    "CREATE INDEX IF NOT EXISTS unit_search_trgm ON units_unit USING gin (search_text gin_trgm_ops)",
]
PG_DOWN = ["DROP INDEX IF EXISTS person_search_trgm", "DROP INDEX IF EXISTS unit_search_trgm"]


def forwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_UP:
            schema_editor.execute(sql)


def backwards(apps, schema_editor):
    if schema_editor.connection.vendor == "postgresql":
        for sql in PG_DOWN:
            schema_editor.execute(sql)


class Migration(migrations.Migration):
    dependencies = [("people", "0001_initial"), ("units", "0001_initial")]
    operations = [migrations.RunPython(forwards, backwards)]
