//! The store's behaviour, each test written once and run on both backends: SQLite always,
//! PostgreSQL when `KHAYT_TEST_POSTGRES` holds a server URL (each test in its own schema).

use crate::sql::{first_int, Backend};
use crate::testing::{incident_partition, PgScratch};
use crate::*;
use khayt_coder::{Article, Attribution, Entity, Event, EventDate, Evidence, Location, Quantity};
use std::path::PathBuf;

/// A store of either backend, with its SQL connection for checks the trait does not offer.
trait TestStore: Backend + Send {}
impl<T: Backend + Send> TestStore for T {}

/// A fresh database for one test: an SQLite file in its own directory, or a PostgreSQL
/// schema; removed when dropped.
enum TestDb {
    Sqlite(PathBuf),
    Postgres(PgScratch),
}

impl TestDb {
    fn sqlite(name: &str) -> TestDb {
        let dir = std::env::temp_dir().join(format!("khayt-store-{}-{name}", std::process::id()));
        let _ = std::fs::remove_dir_all(&dir);
        std::fs::create_dir_all(&dir).unwrap();
        TestDb::Sqlite(dir)
    }

    fn postgres(name: &str) -> Option<TestDb> {
        PgScratch::new(name).map(TestDb::Postgres)
    }

    /// Another fresh database of the same backend.
    fn sibling(&self, name: &str) -> TestDb {
        match self {
            TestDb::Sqlite(dir) => {
                let d = dir.with_extension(name);
                let _ = std::fs::remove_dir_all(&d);
                std::fs::create_dir_all(&d).unwrap();
                TestDb::Sqlite(d)
            }
            TestDb::Postgres(p) => {
                TestDb::Postgres(PgScratch::new(&format!("{}_{name}", p.schema)).unwrap())
            }
        }
    }

    fn try_open(&self) -> Result<Box<dyn TestStore>, StoreError> {
        Ok(match self {
            TestDb::Sqlite(dir) => Box::new(SqliteStore::open(&dir.join("k.db"))?),
            TestDb::Postgres(p) => Box::new(PostgresStore::connect(&p.url, OpenMode::Create)?),
        })
    }

    /// A new connection (a second process, as far as the database can tell).
    fn open(&self) -> Box<dyn TestStore> {
        self.try_open().unwrap()
    }
}

impl Drop for TestDb {
    fn drop(&mut self) {
        if let TestDb::Sqlite(dir) = self {
            let _ = std::fs::remove_dir_all(dir);
        }
    }
}

fn scalar(s: &dyn TestStore, sql: &str) -> i64 {
    first_int(s.sql(), sql, &[]).unwrap().unwrap()
}

/// Instantiates each behaviour test per backend.
macro_rules! on_both_backends {
    ($($name:ident),* $(,)?) => {
        mod sqlite {
            $(#[test]
            fn $name() {
                super::$name(&super::TestDb::sqlite(stringify!($name)));
            })*
        }
        mod postgres {
            $(#[test]
            fn $name() {
                if let Some(db) = super::TestDb::postgres(stringify!($name)) {
                    super::$name(&db);
                }
            })*
        }
    };
}

on_both_backends!(
    a_new_database_is_at_the_current_schema_version,
    reopening_a_database_keeps_its_rows_and_applies_no_migration_twice,
    two_processes_opening_a_new_database_at_once_both_succeed,
    two_ingests_into_one_database_wait_for_each_other,
    concurrent_ingests_of_overlapping_articles_equal_one_sequential_ingest,
    a_database_from_a_newer_khayt_is_refused,
    same_content_is_skipped_and_changed_content_replaces_its_events,
    forcing_replaces_unchanged_articles_and_leaves_the_same_picture,
    events_read_back_equal_the_events_stored,
    two_reports_of_one_withdrawal_become_one_incident_listing_both,
    events_of_one_article_merge_only_when_they_are_the_same_event,
    a_bad_article_fails_alone_and_the_batch_is_committed,
    filters_select_by_actor_place_date_factuality_and_claimant,
);

fn entity(id: &str, text: &str) -> Entity {
    Entity {
        text: text.into(),
        id: Some(id.into()),
        name: None,
        name_ar: None,
        country: Some("IMG".into()),
        sector: Some("REB".into()),
        code: Some("IMG REB".into()),
        start: 0,
        end: 4,
    }
}

fn place(id: &str, admin1: &str) -> Location {
    Location {
        text: id.into(),
        id: Some(id.into()),
        name: Some(id.into()),
        admin1: Some(admin1.into()),
        country: Some("SYR".into()),
        lat: Some(34.0),
        lon: Some(36.5),
        precision: "region".into(),
        start: 0,
        end: 4,
    }
}

fn article(id: &str, date: &str, text: &str) -> Article {
    Article {
        id: id.into(),
        date: Some(date.into()),
        text: text.into(),
        source: Some(format!("outlet of {id}")),
        ..Article::default()
    }
}

fn retreat(art: &Article, n: usize, places: Vec<Location>) -> Event {
    Event {
        id: format!("{}-{n}", art.id),
        article_id: art.id.clone(),
        category: "RETREAT".into(),
        mode: Some("withdraw".into()),
        context: vec!["military".into()],
        actor: Some(entity("isis", "داعش")),
        recipient: Some(entity("hts", "هيئة تحرير الشام")),
        locations: places,
        date: EventDate {
            value: art.date.clone().unwrap_or_default(),
            precision: "article".into(),
            text: None,
        },
        factuality: "occurred".into(),
        attribution: None,
        quantity: None,
        evidence: Evidence {
            sentence: n,
            start: 0,
            end: art.text.len(),
            trigger: "انسحاب".into(),
            trigger_start: 0,
            trigger_end: 2,
        },
        rule: "test".into(),
        confidence: 0.8,
    }
}

fn ingest(store: &mut dyn TestStore, items: &[(&Article, Vec<Event>)]) -> Vec<Outcome> {
    let batch: Vec<ArticleInput<'_>> = items
        .iter()
        .map(|(a, evs)| ArticleInput {
            article: a,
            events: evs.clone(),
        })
        .collect();
    store
        .ingest_batch(&batch, &IngestOptions::default())
        .unwrap()
        .outcomes
        .into_iter()
        .map(|(_, o)| o)
        .collect()
}

/// Event ids per article and the incident partition, for comparing two databases.
fn picture(s: &dyn TestStore) -> (Counts, Vec<Vec<String>>) {
    (s.counts().unwrap(), incident_partition(s))
}

fn a_new_database_is_at_the_current_schema_version(db: &TestDb) {
    let s = db.open();
    assert_eq!(
        scalar(&*s, "SELECT MAX(version) FROM schema_version"),
        SCHEMA_VERSION
    );
}

fn reopening_a_database_keeps_its_rows_and_applies_no_migration_twice(db: &TestDb) {
    let a = article("a", "2017-04-01", "نص");
    ingest(&mut *db.open(), &[(&a, vec![retreat(&a, 0, vec![])])]);
    let s = db.open();
    assert_eq!(s.counts().unwrap().events, 1);
    assert_eq!(
        scalar(&*s, "SELECT COUNT(*) FROM schema_version"),
        SCHEMA_VERSION
    );
}

#[test]
fn an_sqlite_database_is_in_wal_mode() {
    let db = TestDb::sqlite("wal");
    let TestDb::Sqlite(dir) = &db else {
        unreachable!()
    };
    let s = SqliteStore::open(&dir.join("k.db")).unwrap();
    let mode: String = s
        .conn
        .query_row("PRAGMA journal_mode", [], |r| r.get(0))
        .unwrap();
    assert_eq!(mode, "wal");
}

fn two_processes_opening_a_new_database_at_once_both_succeed(db: &TestDb) {
    std::thread::scope(|scope| {
        let handles: Vec<_> = (0..4)
            .map(|_| {
                scope.spawn(|| {
                    db.try_open()
                        .map(|s| scalar(&*s, "SELECT MAX(version) FROM schema_version"))
                })
            })
            .collect();
        for h in handles {
            assert_eq!(h.join().unwrap().unwrap(), SCHEMA_VERSION);
        }
    });
}

fn two_ingests_into_one_database_wait_for_each_other(db: &TestDb) {
    db.open();
    std::thread::scope(|scope| {
        for prefix in ["p", "q"] {
            scope.spawn(move || {
                let mut s = db.open();
                for b in 0..5 {
                    let arts: Vec<Article> = (0..20)
                        .map(|i| article(&format!("{prefix}-{b}-{i}"), "2017-04-01", "x"))
                        .collect();
                    let items: Vec<(&Article, Vec<Event>)> = arts
                        .iter()
                        .map(|a| (a, vec![retreat(a, 0, vec![place("sy-q", "Rif Dimashq")])]))
                        .collect();
                    let out = ingest(&mut *s, &items);
                    assert!(out.iter().all(|o| matches!(o, Outcome::Stored { .. })));
                }
            });
        }
    });
    assert_eq!(db.open().counts().unwrap().articles, 200);
}

/// 30 happenings, each reported by 4 articles: same day and place within a happening,
/// ten days and another governorate apart between them, so that the incidents do not
/// depend on the order the reports arrive in.
fn happenings() -> Vec<(Article, Event)> {
    let mut out = Vec::new();
    for h in 0..30 {
        let date = dates::format_day(dates::parse_span("2017-01-01").unwrap().0 + 10 * h);
        for r in 0..4 {
            let a = article(&format!("h{h}-r{r}"), &date, "x");
            let e = retreat(&a, 0, vec![place(&format!("sy-p{h}"), &format!("Gov {h}"))]);
            out.push((a, e));
        }
    }
    out
}

fn concurrent_ingests_of_overlapping_articles_equal_one_sequential_ingest(db: &TestDb) {
    let all = happenings();
    let sequential = db.sibling("seq");
    {
        let items: Vec<(&Article, Vec<Event>)> =
            all.iter().map(|(a, e)| (a, vec![e.clone()])).collect();
        ingest(&mut *sequential.open(), &items);
    }
    db.open();
    // Writer one takes reports 0-2 of every happening in order, writer two reports 1-3
    // backwards: reports 1 and 2 are offered by both, in opposite orders, in batches of 7.
    let first: Vec<&(Article, Event)> = all.iter().filter(|(a, _)| !a.id.ends_with("r3")).collect();
    let second: Vec<&(Article, Event)> = all
        .iter()
        .rev()
        .filter(|(a, _)| !a.id.ends_with("r0"))
        .collect();
    let stored: usize = std::thread::scope(|scope| {
        let handles: Vec<_> = [first, second]
            .into_iter()
            .map(|part| {
                scope.spawn(move || {
                    let mut s = db.open();
                    let mut stored = 0;
                    for chunk in part.chunks(7) {
                        let items: Vec<(&Article, Vec<Event>)> =
                            chunk.iter().map(|(a, e)| (a, vec![e.clone()])).collect();
                        for o in ingest(&mut *s, &items) {
                            match o {
                                Outcome::Stored { .. } => stored += 1,
                                Outcome::Skipped => {}
                                other => panic!("{other:?}"),
                            }
                        }
                    }
                    stored
                })
            })
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).sum()
    });
    // Each article stored by exactly one writer; nothing lost, nothing twice.
    assert_eq!(stored, all.len());
    let (counts, incidents) = picture(&*db.open());
    assert_eq!(
        (counts.articles, counts.events, counts.incidents),
        (120, 120, 30)
    );
    assert_eq!((counts, incidents), picture(&*sequential.open()));
}

fn a_database_from_a_newer_khayt_is_refused(db: &TestDb) {
    db.open()
        .sql()
        .execute(
            "INSERT INTO schema_version VALUES (?1, 'future', 'now')",
            &[(SCHEMA_VERSION + 1).into()],
        )
        .unwrap();
    let err = db.try_open().err().unwrap();
    assert!(err.to_string().contains("newer"), "{err}");
}

fn same_content_is_skipped_and_changed_content_replaces_its_events(db: &TestDb) {
    let mut s = db.open();
    let a = article("a", "2017-04-01", "نص أول");
    let evs = vec![retreat(&a, 0, vec![place("sy-x", "Hama")])];
    assert_eq!(
        ingest(&mut *s, &[(&a, evs.clone())]),
        vec![Outcome::Stored { events: 1 }]
    );
    let before = s.counts().unwrap();
    assert_eq!(ingest(&mut *s, &[(&a, evs)]), vec![Outcome::Skipped]);
    assert_eq!(s.counts().unwrap(), before);

    let a2 = article("a", "2017-04-01", "نص ثان مختلف");
    let mut e = retreat(&a2, 5, vec![]);
    e.category = "ASSAULT".into();
    assert_eq!(
        ingest(&mut *s, &[(&a2, vec![e])]),
        vec![Outcome::Replaced { events: 1 }]
    );
    let c = s.counts().unwrap();
    assert_eq!(
        (c.articles, c.events, c.incidents, c.located_events),
        (1, 1, 1, 0)
    );
    let evs = s.events(&EventFilter::default()).unwrap();
    assert_eq!(evs[0].event.id, "a-5");
    let anchors = scalar(
        &*s,
        "SELECT COUNT(*) FROM event_anchors WHERE event_id = 'a-0'",
    );
    assert_eq!(anchors, 0);
}

fn forcing_replaces_unchanged_articles_and_leaves_the_same_picture(db: &TestDb) {
    let mut s = db.open();
    let a = article("a", "2017-04-01", "x");
    let b = article("b", "2017-04-02", "y");
    let items = [
        (&a, vec![retreat(&a, 0, vec![place("sy-q", "Rif Dimashq")])]),
        (&b, vec![retreat(&b, 0, vec![place("sy-q", "Rif Dimashq")])]),
    ];
    ingest(&mut *s, &items);
    let before = s.counts().unwrap();
    let batch: Vec<ArticleInput<'_>> = items
        .iter()
        .map(|(a, evs)| ArticleInput {
            article: a,
            events: evs.clone(),
        })
        .collect();
    let opts = IngestOptions {
        force: true,
        ..IngestOptions::default()
    };
    let out = s.ingest_batch(&batch, &opts).unwrap();
    assert!(out
        .outcomes
        .iter()
        .all(|(_, o)| *o == Outcome::Replaced { events: 1 }));
    assert_eq!(s.counts().unwrap(), before);
}

fn events_read_back_equal_the_events_stored(db: &TestDb) {
    let mut s = db.open();
    let a = article("a", "2017-04-01", "انسحب داعش");
    let mut e = retreat(&a, 0, vec![place("sy-x", "Hama"), place("sy-y", "Idlib")]);
    e.attribution = Some(Attribution {
        text: "مصادر".into(),
        actor: Some(entity("jaish-al-islam", "جيش الإسلام")),
        start: 1,
        end: 2,
    });
    e.quantity = Some(Quantity {
        value: 1200,
        unit: "fighters".into(),
        approximate: true,
        text: "1200".into(),
    });
    ingest(&mut *s, &[(&a, vec![e.clone()])]);
    let back = s.events(&EventFilter::default()).unwrap();
    assert_eq!(back.len(), 1);
    assert_eq!(back[0].event, e);
    assert_eq!(back[0].sentence.as_deref(), Some("انسحب داعش"));
    assert_eq!(back[0].article.source.as_deref(), Some("outlet of a"));
}

fn two_reports_of_one_withdrawal_become_one_incident_listing_both(db: &TestDb) {
    let mut s = db.open();
    let a = article("a", "2017-04-01", "x");
    let b = article("b", "2017-04-02", "y");
    let far = article("c", "2017-06-01", "z");
    ingest(
        &mut *s,
        &[
            (
                &a,
                vec![retreat(&a, 0, vec![place("sy-qalamoun", "Rif Dimashq")])],
            ),
            (
                &b,
                vec![retreat(
                    &b,
                    0,
                    vec![
                        place("sy-qalamoun", "Rif Dimashq"),
                        place("sy-hama", "Hama"),
                    ],
                )],
            ),
        ],
    );
    // A later batch, to show the merge is incremental across batches too.
    ingest(
        &mut *s,
        &[(
            &far,
            vec![retreat(&far, 0, vec![place("sy-qalamoun", "Rif Dimashq")])],
        )],
    );
    let mut incidents = Vec::new();
    s.for_each_incident(2, &mut |i| {
        incidents.push(i);
        Ok(())
    })
    .unwrap();
    assert_eq!(incidents.len(), 1);
    assert_eq!(incidents[0].articles(), vec!["a", "b"]);
    assert_eq!(incidents[0].sources(), vec!["outlet of a", "outlet of b"]);
    let c = s.counts().unwrap();
    assert_eq!((c.incidents, c.multi_article_incidents), (2, 1));
}

fn events_of_one_article_merge_only_when_they_are_the_same_event(db: &TestDb) {
    let mut s = db.open();
    let a = article("a", "2017-04-01", "x");
    let p = vec![place("sy-qalamoun", "Rif Dimashq")];
    let mut other_place = retreat(
        &a,
        2,
        vec![
            place("sy-qalamoun", "Rif Dimashq"),
            place("sy-hama", "Hama"),
        ],
    );
    other_place.factuality = "occurred".into();
    ingest(
        &mut *s,
        &[(
            &a,
            vec![retreat(&a, 0, p.clone()), retreat(&a, 1, p), other_place],
        )],
    );
    assert_eq!(s.counts().unwrap().incidents, 2);
}

fn a_bad_article_fails_alone_and_the_batch_is_committed(db: &TestDb) {
    let mut s = db.open();
    let a = article("a", "2017-04-01", "x");
    let b = article("b", "2017-04-01", "y");
    let c = article("c", "2017-04-01", "z");
    let mut dup = retreat(&b, 0, vec![]);
    dup.id = "a-0".into();
    dup.article_id = "b".into();
    let mut foreign = retreat(&c, 0, vec![]);
    foreign.article_id = "elsewhere".into();
    let out = ingest(
        &mut *s,
        &[
            (&a, vec![retreat(&a, 0, vec![])]),
            (&b, vec![dup]),
            (&c, vec![foreign]),
        ],
    );
    assert_eq!(out[0], Outcome::Stored { events: 1 });
    assert!(
        matches!(&out[1], Outcome::Failed(m) if m.to_lowercase().contains("unique")),
        "{out:?}"
    );
    assert!(
        matches!(&out[2], Outcome::Failed(m) if m.contains("elsewhere")),
        "{out:?}"
    );
    let c = s.counts().unwrap();
    assert_eq!((c.articles, c.events), (1, 1));
}

fn filters_select_by_actor_place_date_factuality_and_claimant(db: &TestDb) {
    let mut s = db.open();
    let a = article("a", "2017-04-01", "x");
    let mut e1 = retreat(&a, 0, vec![place("sy-qalamoun", "Rif Dimashq")]);
    e1.attribution = Some(Attribution {
        text: "مصادر في المعارضة".into(),
        actor: None,
        start: 0,
        end: 1,
    });
    let mut e2 = retreat(&a, 1, vec![place("sy-hama", "Hama")]);
    e2.factuality = "planned".into();
    e2.actor = Some(Entity {
        id: None,
        ..entity("", "لواء الأقصى")
    });
    ingest(&mut *s, &[(&a, vec![e1, e2])]);
    let f = EventFilter::default;
    let cases = [
        ("no filter", f(), 2),
        (
            "actor id",
            EventFilter {
                actor: vec!["isis".into()],
                ..f()
            },
            1,
        ),
        (
            "actor text",
            EventFilter {
                actor: vec!["لواء الاقصى".into()],
                ..f()
            },
            1,
        ),
        (
            "place name",
            EventFilter {
                place: vec!["hama".into()],
                ..f()
            },
            1,
        ),
        (
            "place id",
            EventFilter {
                place: vec!["sy-qalamoun".into()],
                ..f()
            },
            1,
        ),
        (
            "factuality",
            EventFilter {
                factuality: Some("planned".into()),
                ..f()
            },
            1,
        ),
        (
            "claimant",
            EventFilter {
                attributed_to: Some("المعارضة".into()),
                ..f()
            },
            1,
        ),
        (
            "dates",
            EventFilter {
                from: Some("2017-04".into()),
                to: Some("2017-04-01".into()),
                ..f()
            },
            2,
        ),
        (
            "after",
            EventFilter {
                from: Some("2017-04-02".into()),
                ..f()
            },
            0,
        ),
        (
            "category",
            EventFilter {
                category: Some("retreat".into()),
                ..f()
            },
            2,
        ),
    ];
    for (what, filter, expected) in cases {
        assert_eq!(s.events(&filter).unwrap().len(), expected, "{what}");
    }
}
