//! Test support shared by this crate's tests and the binary's: a fresh PostgreSQL schema
//! per test, so tests run in parallel against one server without seeing each other, and
//! the incident partition two stores are compared by.

use crate::Store;
use std::sync::atomic::{AtomicUsize, Ordering};

/// The variable holding the test server's URL; PostgreSQL tests skip when it is unset.
pub const ENV: &str = "KHAYT_TEST_POSTGRES";

/// A schema created for one test and dropped when this is dropped.
pub struct PgScratch {
    base: String,
    pub schema: String,
    /// The server URL with the schema as the connection's `search_path`.
    pub url: String,
}

impl PgScratch {
    /// A new empty schema for `test`; `None`, after a one-line notice, when
    /// `KHAYT_TEST_POSTGRES` is unset. Panics (failing the test) when it is set but the
    /// server cannot be used: CI sets it, and there the tests must really run.
    pub fn new(test: &str) -> Option<PgScratch> {
        let base = match std::env::var(ENV) {
            Ok(u) if !u.trim().is_empty() => u.trim().to_string(),
            _ => {
                eprintln!("skipped: {ENV} not set");
                return None;
            }
        };
        static N: AtomicUsize = AtomicUsize::new(0);
        let n = N.fetch_add(1, Ordering::Relaxed);
        let name: String = test
            .chars()
            .map(|c| {
                if c.is_ascii_alphanumeric() {
                    c.to_ascii_lowercase()
                } else {
                    '_'
                }
            })
            .take(30)
            .collect();
        // Identifiers are at most 63 bytes.
        let schema = format!("khayt_t{}_{n}_{name}", std::process::id());
        let mut client = postgres::Client::connect(&base, postgres::NoTls)
            .unwrap_or_else(|e| panic!("{ENV}={}: {e}", crate::redact_url(&base)));
        client
            .batch_execute(&format!(
                "DROP SCHEMA IF EXISTS {schema} CASCADE; CREATE SCHEMA {schema}"
            ))
            .unwrap_or_else(|e| panic!("creating schema {schema}: {e}"));
        let sep = if base.contains('?') { '&' } else { '?' };
        let url = format!("{base}{sep}options=-csearch_path%3D{schema}");
        Some(PgScratch { base, schema, url })
    }
}

impl Drop for PgScratch {
    fn drop(&mut self) {
        if let Ok(mut c) = postgres::Client::connect(&self.base, postgres::NoTls) {
            let _ = c.batch_execute(&format!("DROP SCHEMA IF EXISTS {} CASCADE", self.schema));
        }
    }
}

/// How a store partitions its events into incidents: each incident's event ids, sorted,
/// the incidents sorted too, so that two stores built in different ways compare equal.
pub fn incident_partition(store: &(impl Store + ?Sized)) -> Vec<Vec<String>> {
    let mut incidents = Vec::new();
    store
        .for_each_incident(1, &mut |i| {
            let mut ids: Vec<String> = i.members.iter().map(|m| m.event.id.clone()).collect();
            ids.sort();
            incidents.push(ids);
            Ok(())
        })
        .expect("incidents stream");
    incidents.sort();
    incidents
}
