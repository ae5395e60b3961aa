//! The raw limit of this machine for one durable encrypted submission, the
//! baseline `bench/run` compares the server against: a fresh data key, a padded
//! 4 KiB payload sealed with it, the key sealed to the organisation public key,
//! then one SQLite insert and one commit (WAL, `synchronous=FULL`) per item.
//!
//! `cargo run --release --example raw_limit -- SECONDS DIR`

use std::time::{Duration, Instant};

use diesel::connection::SimpleConnection;
use diesel::prelude::*;
use voices::crypto::{generate_org_keypair, DataKey};

fn main() {
    let mut args = std::env::args().skip(1);
    let seconds: u64 = args.next().and_then(|s| s.parse().ok()).unwrap_or(10);
    let dir = std::path::PathBuf::from(args.next().unwrap_or_else(|| "target/bench-raw".into()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("raw.sqlite");
    let _ = std::fs::remove_file(&path);
    voices::crypto::init().unwrap();
    let mut conn = SqliteConnection::establish(path.to_str().unwrap()).unwrap();
    conn.batch_execute(
        "PRAGMA journal_mode = WAL; PRAGMA synchronous = FULL; \
         CREATE TABLE items (id INTEGER PRIMARY KEY, sealed_key BLOB NOT NULL, payload BLOB NOT NULL);",
    )
    .unwrap();
    let (public, _) = generate_org_keypair();
    let text = vec![b'a'; 4000];
    let deadline = Instant::now() + Duration::from_secs(seconds);
    let started = Instant::now();
    let mut count = 0u64;
    while Instant::now() < deadline {
        let key = DataKey::generate();
        let payload = key.encrypt(&text);
        let sealed = key.seal_to(&public);
        conn.transaction::<_, diesel::result::Error, _>(|c| {
            diesel::sql_query("INSERT INTO items (sealed_key, payload) VALUES (?, ?)")
                .bind::<diesel::sql_types::Binary, _>(&sealed.0)
                .bind::<diesel::sql_types::Binary, _>(&payload)
                .execute(c)
                .map(|_| ())
        })
        .unwrap();
        count += 1;
    }
    let elapsed = started.elapsed().as_secs_f64();
    println!(
        "raw_items={count} raw_seconds={elapsed:.2} raw_per_second={:.1}",
        count as f64 / elapsed
    );
}
