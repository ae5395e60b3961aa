//! Fills an installation for the moderation benchmark (`bench/moderation`):
//! COUNT submissions of realistic size (a padded 4 KiB payload, both key wraps)
//! across the launch languages, kinds, states and safeguarding levels, COUNT
//! published stories with themes, and two staff accounts: `Bench Admin` and
//! `Bench Moderator` (who reads vi and en), both with the passphrase in
//! `BENCH_PASSPHRASE`.
//!
//! `cargo run --release --example moderation_fill -- DATA_DIR COUNT`
//! (`DATABASE_URL` for PostgreSQL, as for `voices`).

use diesel::prelude::*;
use voices::config::Config;
use voices::crypto::{DataKey, DecoyWrap, KdfCost, Passphrase};
use voices::domain::{Language, ModerationState, Role};
use voices::storage::published::{self, NewStory};
use voices::storage::schema::{staff, submissions};
use voices::storage::submissions::NewSubmission;

const STATES: [&str; 8] = [
    "received",
    "received",
    "received",
    "in_review",
    "awaiting_survivor",
    "published",
    "themes_only",
    "declined",
];

fn main() {
    let mut args = std::env::args().skip(1);
    let dir = std::path::PathBuf::from(args.next().expect("DATA_DIR"));
    let count: usize = args.next().and_then(|s| s.parse().ok()).unwrap_or(100_000);
    let passphrase = std::env::var("BENCH_PASSPHRASE").expect("BENCH_PASSPHRASE");
    voices::storage::init_process();
    voices::crypto::init().unwrap();
    let config = Config {
        data_dir: dir.clone(),
        database_url: std::env::var("DATABASE_URL").ok(),
        ..Config::default()
    };
    let secrets = config.secrets().unwrap();
    let pool = voices::storage::open(&config.database()).unwrap();
    let mut conn = pool.get().unwrap();
    voices::app::setup::ensure_organisation(&mut conn, &dir).unwrap();
    let public = voices::app::submissions::organisation_key(&mut conn).unwrap();

    // Staff: the first admin from the setup token, then the moderator.
    if let voices::app::setup::SetupStatus::Pending(Some(token)) =
        voices::app::setup::status(&mut conn, &dir).unwrap()
    {
        voices::app::setup::claim(
            &mut conn,
            &dir,
            &token,
            "Bench Admin",
            &Passphrase::new(passphrase.clone()),
            KdfCost::default(),
        )
        .unwrap();
        voices::app::staff::add(
            &mut conn,
            &dir,
            voices::app::staff::Authority::Admin {
                name: "Bench Admin".into(),
                passphrase: Passphrase::new(passphrase.clone()),
            },
            "Bench Moderator",
            Role::Moderator.into(),
            &Passphrase::new(passphrase.clone()),
            KdfCost::default(),
            &DecoyWrap::new(KdfCost::default()),
        )
        .unwrap();
        diesel::update(staff::table.filter(staff::name.eq("Bench Moderator")))
            .set(staff::languages.eq("vi,en"))
            .execute(&mut conn)
            .unwrap();
    }

    // One envelope's worth of bytes, reused: the queue never opens them, and
    // every row has the size a real one has.
    let key = DataKey::generate();
    let payload = key.encrypt(&[b'a'; 4000]);
    let sealed = key.seal_to(&public).0;
    let wrapped = secrets
        .receipt_pepper
        .wrap_data_key(&voices::crypto::ReceiptCode::generate(), &key);
    let started = std::time::Instant::now();
    for batch in 0..count.div_ceil(1000) {
        conn.transaction::<_, diesel::result::Error, _>(|c| {
            for i in batch * 1000..((batch + 1) * 1000).min(count) {
                let language = Language::ALL[i % Language::ALL.len()];
                let state: ModerationState = STATES[i % STATES.len()].parse().unwrap();
                let row = NewSubmission {
                    receipt_hash: voices::crypto::random_bytes(32),
                    kind: if i % 3 == 0 { "feedback" } else { "story" }.into(),
                    language: language.code().into(),
                    state: state.as_str().into(),
                    received_on: format!("2026-{:02}-{:02}", 1 + i % 11, 1 + i % 28),
                    org_sealed_key: Some(sealed.clone()),
                    receipt_wrapped_key: Some(wrapped.clone()),
                    payload: Some(payload.clone()),
                    org_key_id: Some(1),
                    priority: [0, 0, 0, 0, 0, 0, 0, 0, 1, 2][i % 10],
                    changed_on: Some("2026-11-30".into()),
                    data_key_era: Some(1),
                    queue_group: state.queue_group(),
                };
                diesel::insert_into(submissions::table)
                    .values(&row)
                    .execute(c)?;
            }
            Ok(())
        })
        .unwrap();
    }
    let themes = [
        "not_believed",
        "not_listened_to",
        "accommodation_placements",
        "language_barriers",
        "labour_exploitation",
        "positive_experiences",
    ];
    let story = "They moved me to a new place and nobody asked me. ".repeat(20);
    for batch in 0..count.div_ceil(1000) {
        conn.transaction::<_, diesel::result::Error, _>(|c| {
            for i in batch * 1000..((batch + 1) * 1000).min(count) {
                let language = Language::ALL[i % Language::ALL.len()];
                let chosen = [
                    themes[i % themes.len()].to_owned(),
                    themes[(i / 7) % themes.len()].to_owned(),
                ];
                let mut chosen = chosen.to_vec();
                chosen.dedup();
                published::insert(
                    c,
                    &NewStory {
                        language: language.code(),
                        kind: "story",
                        month: &format!("2026-{:02}", 1 + i % 11),
                        content_warnings: if i % 4 == 0 { "exploitation_work" } else { "" },
                        body: &format!("{story} ({i})"),
                    },
                    &chosen,
                )?;
            }
            Ok(())
        })
        .unwrap();
    }
    // A steady installation's tables are analysed and vacuumed by PostgreSQL's
    // autovacuum as they grow; after a bulk fill, do it now, so the benchmark
    // measures the steady state rather than the minute before autovacuum runs.
    if let voices::storage::DbConnection::Postgres(pg) = &mut *conn {
        use diesel::connection::SimpleConnection;
        pg.batch_execute("VACUUM ANALYZE").unwrap();
    }
    println!(
        "filled submissions={count} stories={count} seconds={:.1}",
        started.elapsed().as_secs_f64()
    );
}
