import Database from 'better-sqlite3';

/** The secondary indexes SQLite has on a table of a database file, read on a connection of their own. */
export function indexNames(file: string, table: string): string[] {
  const db = new Database(file, { readonly: true });
  try {
    // Automatic indexes (a key's, a unique constraint's) have no SQL; only created ones are listed.
    return db.prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND tbl_name = ? AND sql IS NOT NULL ORDER BY name").pluck().all(table) as string[];
  } finally {
    db.close();
  }
}
