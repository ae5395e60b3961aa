//! Fills a database with aggregation facts for one month and times building its
//! digest: `digest_fill DATA_DIR [COUNT] [MONTH]` (defaults 1,000,000 and
//! 2026-10). With DATABASE_URL=postgres://... it fills PostgreSQL instead. The
//! facts are synthetic: languages, kinds, services, regions, age bands, two or
//! three themes and the nine answers drawn from a fixed-seed generator, so
//! every run makes the same data. Every language, service, region, age band,
//! theme and answer occurs, with a long tail: the first of each list most
//! often, each next one less often, so the rarest are small groups that the
//! disclosure rules must protect. It prints the share of the digest's counts
//! published.

use std::time::Instant;

use diesel::connection::SimpleConnection;
use voices::config::Config;

fn main() {
    let mut args = std::env::args().skip(1);
    let data_dir = args
        .next()
        .expect("usage: digest_fill DATA_DIR [COUNT] [MONTH]");
    let count: usize = args.next().map(|c| c.parse().unwrap()).unwrap_or(1_000_000);
    let month = args.next().unwrap_or_else(|| "2026-10".into());
    let config = Config {
        data_dir: data_dir.into(),
        database_url: std::env::var("DATABASE_URL").ok(),
        ..Config::default()
    };
    voices::crypto::init().unwrap();
    std::fs::create_dir_all(&config.data_dir).unwrap();
    let policy = voices::policy::Policy::built_in().unwrap();
    let spec = voices::app::digests::spec(&policy);
    let pool = voices::storage::open(&config.database()).unwrap();
    let mut conn = pool.get().unwrap();

    let started = Instant::now();
    let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
    let mut next = |n: usize| -> usize {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        (seed % n as u64) as usize
    };
    // A long tail over 0..n: each index about 0.6 times as often as the one
    // before, and one draw in twenty anywhere, so every index occurs.
    let mut tail = |n: usize| -> usize {
        if next(20) == 0 {
            return next(n);
        }
        let mut i = 0;
        while i + 1 < n && next(5) < 3 {
            i += 1;
        }
        i
    };
    let quote = |s: &str| format!("'{}'", s.replace('\'', "''"));
    let mut batch = Vec::with_capacity(500);
    let mut sql = String::new();
    conn.batch_execute("BEGIN").unwrap();
    for i in 0..count {
        // Skewed like real intake: a few languages and themes dominate, and
        // every one occurs.
        let language = &spec.languages[tail(spec.languages.len())];
        let feedback = tail(3) == 1;
        let mut themes: Vec<&str> = (0..2 + tail(2))
            .map(|_| spec.themes[tail(spec.themes.len())].as_str())
            .collect();
        themes.sort_unstable();
        themes.dedup();
        let age = &spec.age_bands[tail(spec.age_bands.len())];
        let (service, region, answers) = if feedback {
            let mut answers: Vec<String> = Vec::new();
            for (q, a) in &spec.questions {
                if tail(5) != 4 {
                    answers.push(format!("{q}={}", a[tail(a.len())]));
                }
            }
            (
                quote(&spec.services[tail(spec.services.len())]),
                quote(&spec.regions[tail(spec.regions.len())]),
                answers.join(" "),
            )
        } else {
            ("NULL".into(), "NULL".into(), String::new())
        };
        batch.push(format!(
            "({}, {}, {}, {service}, {region}, {}, {}, {})",
            quote(&month),
            quote(language),
            quote(if feedback { "feedback" } else { "story" }),
            quote(age),
            quote(&themes.join(" ")),
            quote(&answers)
        ));
        if batch.len() == 500 || i + 1 == count {
            sql.clear();
            sql.push_str("INSERT INTO facts (month, language, kind, service, region, age_band, themes, answers) VALUES ");
            sql.push_str(&batch.join(", "));
            conn.batch_execute(&sql).unwrap();
            batch.clear();
        }
    }
    conn.batch_execute("COMMIT").unwrap();
    if let voices::storage::DbConnection::Postgres(_) = &mut *conn {
        conn.batch_execute("VACUUM ANALYZE facts").unwrap();
    } else {
        conn.batch_execute("ANALYZE").unwrap();
    }
    println!(
        "filled {count} facts for {month} in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // The rows above went in as raw SQL, so their running totals are counted
    // in one pass, as for facts written before the totals existed.
    let started = Instant::now();
    voices::storage::write(&mut conn, voices::storage::facts::retally).unwrap();
    println!(
        "counted their running totals in {:.1} s",
        started.elapsed().as_secs_f64()
    );
    // What the totals cost a moderator's approval: facts written through the
    // real path, each in its own transaction as an approval commits, each
    // adding to its totals.
    let extra = 1_000;
    let sample = voices::domain::facts::Fact {
        month: month.clone(),
        language: "en".into(),
        kind: voices::domain::SubmissionKind::Feedback,
        service: spec.services.first().cloned(),
        region: None,
        age_band: None,
        themes: spec.themes.iter().take(3).cloned().collect(),
        answers: spec
            .questions
            .iter()
            .map(|(q, a)| (q.clone(), a[0].clone()))
            .collect(),
    };
    let started = Instant::now();
    for _ in 0..extra {
        voices::storage::write(&mut conn, |c| voices::storage::facts::insert(c, &sample)).unwrap();
    }
    println!(
        "wrote {extra} more facts through the real path, one commit each, in {:.2} s ({:.0} µs each, totals included)",
        started.elapsed().as_secs_f64(),
        started.elapsed().as_secs_f64() * 1e6 / extra as f64
    );
    let count = count + extra;

    let period: voices::domain::digest::Period = month.parse().unwrap();
    for run in 1..=3 {
        let started = Instant::now();
        let bytes = voices::app::digests::compose(&mut conn, &policy, period).unwrap();
        let body: voices::domain::digest::DigestBody = serde_json::from_slice(&bytes).unwrap();
        let cells = body.cells();
        let shown = cells.iter().filter(|(_, c)| !c.suppressed).count();
        println!(
            "built the {month} digest over {count} facts in {:.3} s ({} bytes, run {run}): {shown} of {} counts published ({:.1}%)",
            started.elapsed().as_secs_f64(),
            bytes.len(),
            cells.len(),
            100.0 * shown as f64 / cells.len() as f64
        );
    }
    let key = voices::crypto::AuditKey::from_pepper(&config.secrets().unwrap().receipt_pepper);
    let today = period.closes_on();
    let started = Instant::now();
    let built = voices::app::digests::build(&mut conn, &policy, &key, period, today).unwrap();
    println!(
        "released {month} in {:.3} s: {built:?}",
        started.elapsed().as_secs_f64()
    );
}
