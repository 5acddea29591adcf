//! The embedded SQLite backend.
//!
//! One file, WAL mode (readers never block the ingest), `synchronous=FULL` so a committed
//! batch survives a crash of the machine, not only of the process, and one transaction
//! per batch: a killed ingest leaves every earlier batch whole and nothing of the batch in
//! flight, and the rerun skips what is stored. Each article is a savepoint inside the
//! batch so that one bad article is rolled back alone. The SQL itself is in `sql.rs`,
//! shared with the PostgreSQL backend.

use crate::sql::{self, Backend, DbError, Dialect, RowFn, Sql, SqlRow, Val};
use crate::StoreError;
use rusqlite::types::{ToSqlOutput, Value, ValueRef};
use rusqlite::Connection;
use std::path::Path;

fn backend(e: rusqlite::Error) -> StoreError {
    StoreError::Backend(e.to_string())
}

fn db_error(e: rusqlite::Error) -> DbError {
    // A constraint concerns one article's data (a duplicate event id) and fails that
    // article alone; anything else (I/O, a full disk) fails the batch.
    match &e {
        rusqlite::Error::SqliteFailure(f, _)
            if f.code == rusqlite::ErrorCode::ConstraintViolation =>
        {
            DbError::Constraint(e.to_string())
        }
        _ => DbError::Other(e.to_string()),
    }
}

impl rusqlite::ToSql for Val {
    fn to_sql(&self) -> rusqlite::Result<ToSqlOutput<'_>> {
        Ok(match self {
            Val::Null => ToSqlOutput::Owned(Value::Null),
            Val::Int(i) => ToSqlOutput::Owned(Value::Integer(*i)),
            Val::Real(f) => ToSqlOutput::Owned(Value::Real(*f)),
            Val::Text(s) => ToSqlOutput::Borrowed(ValueRef::Text(s.as_bytes())),
        })
    }
}

impl SqlRow for rusqlite::Row<'_> {
    fn int(&self, i: usize) -> Result<Option<i64>, DbError> {
        self.get(i).map_err(db_error)
    }

    fn real(&self, i: usize) -> Result<Option<f64>, DbError> {
        self.get(i).map_err(db_error)
    }

    fn text(&self, i: usize) -> Result<Option<String>, DbError> {
        self.get(i).map_err(db_error)
    }
}

impl Sql for Connection {
    fn dialect(&self) -> Dialect {
        Dialect::Sqlite
    }

    fn execute(&self, sql: &str, params: &[Val]) -> Result<u64, DbError> {
        let mut st = self.prepare_cached(sql).map_err(db_error)?;
        let n = st
            .execute(rusqlite::params_from_iter(params))
            .map_err(db_error)?;
        Ok(n as u64)
    }

    fn query(&self, sql: &str, params: &[Val], f: &mut RowFn<'_>) -> Result<(), DbError> {
        let mut st = self.prepare_cached(sql).map_err(db_error)?;
        let mut rows = st
            .query(rusqlite::params_from_iter(params))
            .map_err(db_error)?;
        while let Some(row) = rows.next().map_err(db_error)? {
            f(row)?;
        }
        Ok(())
    }

    fn batch(&self, sql: &str) -> Result<(), DbError> {
        self.execute_batch(sql).map_err(db_error)
    }
}

/// khayt's store in one SQLite file.
pub struct SqliteStore {
    pub(crate) conn: Connection,
}

impl Backend for SqliteStore {
    fn sql(&self) -> &dyn Sql {
        &self.conn
    }
}

impl SqliteStore {
    /// Opens (creating if needed) the database at `path` and brings its schema up to date.
    pub fn open(path: &Path) -> Result<SqliteStore, StoreError> {
        let conn = Connection::open(path)
            .map_err(|e| StoreError::Backend(format!("{}: {e}", path.display())))?;
        Self::init(conn)
    }

    /// A private in-memory database, for tests and the demo.
    pub fn open_in_memory() -> Result<SqliteStore, StoreError> {
        Self::init(Connection::open_in_memory().map_err(backend)?)
    }

    /// Opens an existing database read-only, through an SQLite URI with `mode=ro`, so that
    /// nothing done through it can write whatever the code does. A database whose schema
    /// needs migrating cannot be opened this way: a command that writes (ingest) brings it
    /// up to date first.
    pub fn open_read_only(path: &Path) -> Result<SqliteStore, StoreError> {
        let abs = path
            .canonicalize()
            .map_err(|e| StoreError::Open(format!("{}: {e}", path.display())))?;
        let abs = abs.to_str().ok_or_else(|| {
            StoreError::Open(format!("{}: the path is not UTF-8", path.display()))
        })?;
        // Characters with a meaning in a URI are escaped; everything else is taken as is.
        let mut uri = String::from("file:");
        for c in abs.chars() {
            match c {
                '?' => uri.push_str("%3f"),
                '#' => uri.push_str("%23"),
                '%' => uri.push_str("%25"),
                _ => uri.push(c),
            }
        }
        uri.push_str("?mode=ro");
        Self::open(Path::new(&uri))
    }

    fn init(conn: Connection) -> Result<SqliteStore, StoreError> {
        let busy = std::time::Duration::from_secs(10);
        conn.busy_timeout(busy).map_err(backend)?;
        // Switching a new database to WAL needs it to itself, and SQLite answers "busy"
        // at once rather than waiting through the busy handler when another process
        // opens it at the same moment: the switch is retried for as long as a lock is
        // waited for. journal_mode returns a row, so it is read rather than executed.
        let deadline = std::time::Instant::now() + busy;
        loop {
            match conn.query_row("PRAGMA journal_mode=WAL", [], |r| r.get::<_, String>(0)) {
                Ok(_) => break,
                Err(rusqlite::Error::SqliteFailure(e, _))
                    if e.code == rusqlite::ErrorCode::DatabaseBusy
                        && std::time::Instant::now() < deadline =>
                {
                    std::thread::sleep(std::time::Duration::from_millis(5));
                }
                Err(e) => return Err(backend(e)),
            }
        }
        conn.execute_batch(
            "PRAGMA synchronous=FULL; PRAGMA foreign_keys=ON; PRAGMA temp_store=MEMORY;
             PRAGMA cache_size=-65536;",
        )
        .map_err(backend)?;
        conn.set_prepared_statement_cache_capacity(64);
        sql::migrate(&conn)?;
        Ok(SqliteStore { conn })
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        sql::schema_version(&self.conn)
    }
}
