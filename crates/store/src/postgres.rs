//! The PostgreSQL backend, for a team sharing one database.
//!
//! The same schema, migrations and SQL as SQLite (`sql.rs`), through the synchronous
//! `postgres` client without TLS. Writers serialize on a transaction-scoped advisory lock
//! per schema (`pg_advisory_xact_lock`), taken before a batch reads anything: two ingests
//! into one database run batch after batch, each seeing what the other committed, so an
//! article stored by one is skipped by the other and no incident is opened twice. The
//! lock is released at commit or rollback, and by the server when a killed client's
//! connection drops. Readers take no lock.

use crate::sql::{self, Backend, DbError, Dialect, RowFn, Sql, SqlRow, Val};
use crate::{OpenMode, StoreError};
use postgres::types::{IsNull, ToSql, Type};
use postgres::{Client, NoTls, Statement};
use std::cell::RefCell;
use std::collections::HashMap;
use std::error::Error;
use std::time::Duration;

/// `url` as it may be printed: the password, in the user part or as a parameter, masked.
pub fn redact_url(url: &str) -> String {
    let (scheme, rest) = match url.find("://") {
        Some(i) => url.split_at(i + 3),
        None => return url.to_string(),
    };
    let (auth_end, path_start) = match rest.find(['/', '?']) {
        Some(i) => (i, i),
        None => (rest.len(), rest.len()),
    };
    let mut out = String::from(scheme);
    match rest[..auth_end].rfind('@') {
        Some(at) => {
            let userinfo = &rest[..at];
            match userinfo.find(':') {
                Some(colon) => {
                    out.push_str(&userinfo[..colon]);
                    out.push_str(":***");
                }
                None => out.push_str(userinfo),
            }
            out.push_str(&rest[at..auth_end]);
        }
        None => out.push_str(&rest[..auth_end]),
    }
    let tail = &rest[path_start..];
    match tail.split_once('?') {
        Some((path, query)) => {
            out.push_str(path);
            out.push('?');
            let params: Vec<String> = query
                .split('&')
                .map(|p| match p.split_once('=') {
                    Some((k, _)) if k.eq_ignore_ascii_case("password") => format!("{k}=***"),
                    _ => p.to_string(),
                })
                .collect();
            out.push_str(&params.join("&"));
        }
        None => out.push_str(tail),
    }
    out
}

impl ToSql for Val {
    fn to_sql(
        &self,
        ty: &Type,
        out: &mut bytes::BytesMut,
    ) -> Result<IsNull, Box<dyn Error + Sync + Send>> {
        // Parameter types are inferred by the server from the columns they meet; integers
        // are narrowed or widened to what it asks for.
        match self {
            Val::Null => Ok(IsNull::Yes),
            Val::Int(i) => match *ty {
                Type::INT2 => i16::try_from(*i)?.to_sql(ty, out),
                Type::INT4 => i32::try_from(*i)?.to_sql(ty, out),
                Type::FLOAT8 => (*i as f64).to_sql(ty, out),
                Type::BOOL => (*i != 0).to_sql(ty, out),
                _ => i.to_sql(ty, out),
            },
            Val::Real(f) => match *ty {
                Type::FLOAT4 => (*f as f32).to_sql(ty, out),
                _ => f.to_sql(ty, out),
            },
            Val::Text(s) => s.as_str().to_sql(ty, out),
        }
    }

    fn accepts(_: &Type) -> bool {
        true
    }

    postgres::types::to_sql_checked!();
}

fn db_error(e: postgres::Error) -> DbError {
    let msg = match e.as_db_error() {
        Some(d) => match d.detail() {
            Some(detail) => format!("{} ({detail})", d.message()),
            None => d.message().to_string(),
        },
        None => e.to_string(),
    };
    // Class 23, integrity constraint violation: one article's data (a duplicate event
    // id) fails that article alone.
    match e.code() {
        Some(c) if c.code().starts_with("23") => DbError::Constraint(msg),
        _ => DbError::Other(msg),
    }
}

fn col_error(i: usize, e: postgres::Error) -> DbError {
    DbError::Other(format!("column {i}: {e}"))
}

impl SqlRow for postgres::Row {
    fn int(&self, i: usize) -> Result<Option<i64>, DbError> {
        let ty = self.columns().get(i).map(|c| c.type_().clone());
        let v = match ty {
            Some(Type::INT4) => self.try_get::<_, Option<i32>>(i).map(|v| v.map(i64::from)),
            Some(Type::INT2) => self.try_get::<_, Option<i16>>(i).map(|v| v.map(i64::from)),
            Some(Type::BOOL) => self.try_get::<_, Option<bool>>(i).map(|v| v.map(i64::from)),
            _ => self.try_get::<_, Option<i64>>(i),
        };
        v.map_err(|e| col_error(i, e))
    }

    fn real(&self, i: usize) -> Result<Option<f64>, DbError> {
        match self.columns().get(i).map(|c| c.type_()) {
            Some(&Type::FLOAT4) => self.try_get::<_, Option<f32>>(i).map(|v| v.map(f64::from)),
            _ => self.try_get::<_, Option<f64>>(i),
        }
        .map_err(|e| col_error(i, e))
    }

    fn text(&self, i: usize) -> Result<Option<String>, DbError> {
        self.try_get(i).map_err(|e| col_error(i, e))
    }
}

/// A connection and its prepared statements, keyed by the `?N` SQL they were made from.
struct PgConn {
    client: RefCell<Client>,
    statements: RefCell<HashMap<String, Statement>>,
}

/// `?N` parameters as PostgreSQL's `$N` (the shared SQL has no `?` elsewhere).
fn dollar_params(sql: &str) -> String {
    let mut out = String::with_capacity(sql.len());
    let mut chars = sql.chars().peekable();
    while let Some(c) = chars.next() {
        if c == '?' && chars.peek().is_some_and(|d| d.is_ascii_digit()) {
            out.push('$');
        } else {
            out.push(c);
        }
    }
    out
}

impl PgConn {
    fn client(&self) -> Result<std::cell::RefMut<'_, Client>, DbError> {
        // A caller's callback that uses the store while it streams would need a second
        // statement on the one connection.
        self.client.try_borrow_mut().map_err(|_| {
            DbError::Other("the PostgreSQL connection is busy streaming a result".into())
        })
    }

    fn statement(&self, client: &mut Client, sql: &str) -> Result<Statement, DbError> {
        if let Some(st) = self.statements.borrow().get(sql) {
            return Ok(st.clone());
        }
        let st = client.prepare(&dollar_params(sql)).map_err(db_error)?;
        let mut cache = self.statements.borrow_mut();
        // Filters make statements of many shapes; a bounded cache keeps memory flat.
        if cache.len() >= 256 {
            cache.clear();
        }
        cache.insert(sql.to_string(), st.clone());
        Ok(st)
    }
}

fn refs(params: &[Val]) -> Vec<&(dyn ToSql + Sync)> {
    params.iter().map(|v| v as &(dyn ToSql + Sync)).collect()
}

impl Sql for PgConn {
    fn dialect(&self) -> Dialect {
        Dialect::Postgres
    }

    fn execute(&self, sql: &str, params: &[Val]) -> Result<u64, DbError> {
        let mut client = self.client()?;
        let st = self.statement(&mut client, sql)?;
        client.execute(&st, &refs(params)).map_err(db_error)
    }

    fn query(&self, sql: &str, params: &[Val], f: &mut RowFn<'_>) -> Result<(), DbError> {
        let mut client = self.client()?;
        let st = self.statement(&mut client, sql)?;
        // Rows are streamed, not collected: an export of a large database stays small.
        let mut rows = client.query_raw(&st, refs(params)).map_err(db_error)?;
        use postgres::fallible_iterator::FallibleIterator;
        while let Some(row) = rows.next().map_err(db_error)? {
            f(&row)?;
        }
        Ok(())
    }

    fn batch(&self, sql: &str) -> Result<(), DbError> {
        self.client()?.batch_execute(sql).map_err(db_error)
    }
}

/// khayt's store in a PostgreSQL database (the tables go in the first schema of the
/// connection's `search_path`, `public` unless the URL sets `options=-csearch_path=…`).
pub struct PostgresStore {
    conn: PgConn,
}

impl Backend for PostgresStore {
    fn sql(&self) -> &dyn Sql {
        &self.conn
    }
}

impl PostgresStore {
    /// Connects to `url` (`postgres://user[:password]@host[:port]/database[?…]`) and,
    /// with [`OpenMode::Create`], creates or migrates the schema. `Existing` and
    /// `ReadOnly` refuse a database without khayt's tables; `ReadOnly` makes every
    /// transaction of the session read-only.
    pub fn connect(url: &str, mode: OpenMode) -> Result<PostgresStore, StoreError> {
        let shown = redact_url(url);
        let mut config: postgres::Config = url
            .parse()
            .map_err(|e| StoreError::Open(format!("{shown}: not a PostgreSQL URL: {e}")))?;
        if config.get_connect_timeout().is_none() {
            config.connect_timeout(Duration::from_secs(10));
        }
        config.application_name("khayt");
        let client = config
            .connect(NoTls)
            .map_err(|e| StoreError::Open(format!("{shown}: cannot connect: {e}")))?;
        let store = PostgresStore {
            conn: PgConn {
                client: RefCell::new(client),
                statements: RefCell::new(HashMap::new()),
            },
        };
        let in_db = |e: StoreError| StoreError::Open(format!("{shown}: {e}"));
        if mode != OpenMode::Create && store.schema_version().map_err(in_db)? == 0 {
            return Err(StoreError::Open(format!(
                "{shown}: no khayt database there (create it with `khayt ingest --db URL`)"
            )));
        }
        if mode == OpenMode::ReadOnly {
            if store.schema_version().map_err(in_db)? != sql::SCHEMA_VERSION {
                return Err(StoreError::Open(format!(
                    "{shown} (opened read-only): the schema needs migrating; run `khayt ingest` first"
                )));
            }
            store
                .conn
                .batch("SET default_transaction_read_only = on")
                .map_err(|e| in_db(e.into()))?;
        }
        sql::migrate(&store.conn).map_err(in_db)?;
        Ok(store)
    }

    /// The schema version of the open database.
    pub fn schema_version(&self) -> Result<i64, StoreError> {
        sql::schema_version(&self.conn)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_password_is_masked_wherever_the_url_carries_it() {
        assert_eq!(
            redact_url("postgres://khayt:s3cret@db:5432/k?sslmode=disable"),
            "postgres://khayt:***@db:5432/k?sslmode=disable"
        );
        assert_eq!(
            redact_url("postgresql://khayt@127.0.0.1/k?password=x&options=-c"),
            "postgresql://khayt@127.0.0.1/k?password=***&options=-c"
        );
        assert_eq!(redact_url("postgres://host"), "postgres://host");
    }

    #[test]
    fn question_mark_parameters_become_dollar_parameters() {
        assert_eq!(
            dollar_params("SELECT a FROM t WHERE x = ?1 AND y IN (?2, ?12)"),
            "SELECT a FROM t WHERE x = $1 AND y IN ($2, $12)"
        );
    }
}
