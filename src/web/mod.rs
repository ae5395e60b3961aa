//! HTTP: Rocket routes, guards, fairings and Maud views. Routes stay thin: parse,
//! call an `app` service, render.
//! No log line here names a client, a user agent, a submission or a receipt code.

pub mod catchers;
pub mod client;
pub mod compression;
pub mod context;
pub mod csrf;
pub mod form;
pub mod headers;
pub mod logging;
pub mod proxy_seen;
pub mod ratelimit;
pub mod routes;
pub mod session;
pub mod staffer;
pub mod state;
pub mod views;

use std::time::Duration;

use rocket::fairing::AdHoc;
use rocket::{Build, Rocket};

use crate::app;
use crate::config::Config;
use crate::i18n::I18n;
use crate::storage::writer::SubmissionWriter;

pub use state::{Services, WebSettings};

/// Argon2id runs allowed at once (each uses 256 MiB at the moderate limits).
const KDF_PERMITS: usize = 4;

/// Why the server could not be assembled. Each message names the file or key.
#[derive(Debug, thiserror::Error)]
pub enum StartError {
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error("{0}")]
    Crypto(String),
    #[error(transparent)]
    I18n(#[from] crate::i18n::I18nError),
    #[error(transparent)]
    ReviewStatus(#[from] crate::i18n::status::StatusError),
    #[error(transparent)]
    Storage(#[from] crate::storage::StorageError),
    #[error(transparent)]
    App(#[from] crate::error::AppError),
    #[error(transparent)]
    Policy(#[from] crate::policy::PolicyError),
}

/// Assembles Voices. Start-up errors surface when Rocket ignites, with the message
/// printed; use [`try_build`] to handle them yourself.
pub fn build(config: Config) -> Rocket<Build> {
    match try_build(config) {
        Ok(rocket) => rocket,
        Err(err) => {
            let message = err.to_string();
            rocket::custom(rocket::Config {
                log_level: rocket::config::LogLevel::Off,
                ..rocket::Config::default()
            })
            .attach(AdHoc::try_on_ignite(
                "Voices start-up",
                move |rocket| async move {
                    eprintln!("Voices cannot start: {message}");
                    Err(rocket)
                },
            ))
        }
    }
}

/// Assembles Voices: secrets, database and migrations, organisation key, routes.
pub fn try_build(config: Config) -> Result<Rocket<Build>, StartError> {
    config.validate()?;
    crate::crypto::init().map_err(|e| StartError::Crypto(e.to_string()))?;
    let secrets = config.secrets()?;
    crate::config::warn_if_data_dir_is_open(&config.data_dir);
    let i18n = I18n::load()?;
    let review_status = crate::i18n::status::ReviewStatus::embedded()?;
    let policy = std::sync::Arc::new(crate::policy::Policy::for_config(&config)?);
    let pool = crate::storage::open(&config.database())?;
    let mut conn = pool.get().map_err(crate::storage::StorageError::from)?;
    let setup =
        app::setup::ensure_organisation_for(&mut conn, &config.data_dir, config.setup_link_hours)?;
    let audit = std::sync::Arc::new(crate::crypto::AuditKey::from_pepper(
        &secrets.receipt_pepper,
    ));
    // This node's own survivor chain, so its submission commits never wait for
    // another node's (see `storage::events`).
    let node = app::audit::node_id(&config.data_dir)?;
    let node_chain = app::audit::start_node_chain(&mut conn, &audit, &node)?;
    drop(conn);
    let linker = audit.clone();
    // Safeguarding alerts: from which stored priority an arrival owes the leads
    // one (the lowest level whose policy says `notify_lead`).
    let alert_from = policy
        .levels
        .iter()
        .filter(|l| l.notify_lead)
        .map(|l| crate::policy::rank_of(l.level))
        .min();
    let lead_alerts = std::sync::Arc::new(
        app::lead_alerts::LeadAlerts::new(
            config.lead_alerts.clone(),
            &i18n,
            &secrets.receipt_pepper,
        )
        .map_err(|(key, problem)| crate::config::ConfigError::Invalid { key, problem })?,
    );
    let writer = SubmissionWriter::start_with(
        pool.clone(),
        std::sync::Arc::new(move |prev: &[u8], fields: &[&[u8]]| linker.link(prev, fields)),
        node_chain,
        Duration::from_secs(config.postgres_vacuum_seconds),
        alert_from,
    )?;

    // Made now, not on the first unknown name, whose sign-in would otherwise run
    // Argon2id twice and stand out by its time.
    let decoy = crate::crypto::DecoyWrap::new(config.kdf_cost);
    decoy.prepare();
    let services = Services {
        pool,
        pepper: secrets.receipt_pepper,
        kdf: config.kdf_cost,
        idle_secs: (config.session_idle_minutes * 60) as i64,
        max_session_secs: (config.session_max_hours * 3600) as i64,
        data_dir: config.data_dir.clone(),
        writer,
        decoy: std::sync::Arc::new(decoy),
        kdf_permits: std::sync::Arc::new(rocket::tokio::sync::Semaphore::new(KDF_PERMITS)),
        policy: policy.clone(),
        audit,
        moderation: config.moderation.clone(),
        retention: config.retention.clone(),
    };
    let mut settings = WebSettings::from_config(&config);
    settings.alert_reach = lead_alerts.reach();
    {
        // What the urgent guidance says from the first page on.
        let mut conn = services
            .pool
            .get()
            .map_err(crate::storage::StorageError::from)?;
        lead_alerts.status(&mut conn)?;
    }
    let limits = ratelimit::RateLimits::new(config.limits.enabled);

    let rocket_config = rocket::Config {
        address: config.address,
        port: config.port,
        secret_key: rocket::config::SecretKey::from(&secrets.cookie_key[..]),
        // Voices reads client addresses itself (see `client`), and only from
        // trusted proxies; Rocket's default would believe any `X-Real-IP`.
        ip_header: None,
        // Rocket's own log lines include request URIs; ours (see `logging`) are
        // written to carry nothing that identifies a person.
        log_level: rocket::config::LogLevel::Off,
        cli_colors: false,
        limits: rocket::data::Limits::default()
            .limit("form", rocket::data::ByteUnit::Kibibyte(64))
            .limit("data-form", rocket::data::ByteUnit::Kibibyte(64))
            .limit(
                "bytes",
                rocket::data::ByteUnit::Kibibyte(form::SURVIVOR_FORM_LIMIT_KIB),
            ),
        ..rocket::Config::default()
    };

    let request_log = logging::RequestLog::default();
    let survivor_counts = request_log.survivor_counts();
    let public_base = config.public_base();
    let limits_enabled = config.limits.enabled;
    let policy_note = match &policy.source {
        crate::policy::PolicySource::BuiltIn => Some(format!(
            "No {} directory here: using the moderation policy built into this binary.",
            config.moderation_dir.display()
        )),
        crate::policy::PolicySource::Directory(_) => None,
    };
    let link_hours = config.setup_link_hours;
    let proxy_seen = proxy_seen::ProxySeen::new(
        &config.data_dir,
        &config.client_ip_header,
        config.trusted_proxies.len(),
    );
    let digest_access =
        routes::digests::DigestAccess::new(config.digests.clone(), config.public_base());
    let rocket = rocket::custom(rocket_config)
        .manage(services)
        .manage(digest_access)
        .manage(compression::PageCache::default())
        .manage(lead_alerts)
        .manage(settings)
        .manage(i18n)
        .manage(review_status)
        .manage(limits)
        .manage(survivor_counts)
        .manage(proxy_seen.clone())
        .attach(request_log)
        .attach(proxy_seen::ProxySeenFairing(proxy_seen))
        .attach(headers::SecurityHeaders {
            hsts: config.secure_cookies(),
            onion: config.organisation.onion_address.clone(),
        })
        .attach(compression::SurvivorCompression::fairing())
        .attach(AdHoc::on_liftoff("Voices announcement", move |rocket| {
            Box::pin(async move {
                announce(rocket, &public_base, setup, limits_enabled, link_hours);
                if let Some(note) = &policy_note {
                    tracing::warn!("{note}");
                    println!("{note}");
                }
                spawn_session_sweeper(rocket);
                spawn_retention(rocket);
                spawn_digest_builds(rocket);
                spawn_lead_alerts(rocket);
                spawn_proxy_summary(rocket);
            })
        }))
        .register("/", catchers::all())
        .mount("/", routes::all());
    Ok(rocket)
}

fn announce(
    rocket: &Rocket<rocket::Orbit>,
    base: &str,
    setup: app::setup::SetupStatus,
    limits_enabled: bool,
    link_hours: u64,
) {
    let config = rocket.config();
    tracing::info!(address = %config.address, port = config.port, "Voices is listening");
    println!("Voices is running at {base}/");
    match setup {
        app::setup::SetupStatus::Pending(Some(token)) => {
            println!();
            println!("No admin exists yet. Open this one-time link to create the first admin:");
            println!("    {}", app::setup::setup_link(base, &token));
            println!("(it works once, for {link_hours} hours from when it was made; `voices setup reissue` makes a new one)");
            println!("(or run `voices staff add --name NAME --role admin` on this data directory)");
            println!();
        }
        app::setup::SetupStatus::Pending(None) => {
            println!("No admin exists yet. The setup link was printed by the node that created this installation.");
        }
        app::setup::SetupStatus::Expired => {
            println!("No admin exists yet, and the setup link has expired. Make a new one with:");
            println!("    voices setup reissue");
        }
        app::setup::SetupStatus::Ready => {}
    }
    if !limits_enabled {
        tracing::warn!(
            "RATE LIMITS ARE OFF (limits.enabled = false): use this only for load tests"
        );
        println!(
            "WARNING: rate limits are off (limits.enabled = false). Use this only for load tests."
        );
    }
}

/// Writes what requests said about the proxy (`proxy_seen`) each hour.
fn spawn_proxy_summary(rocket: &Rocket<rocket::Orbit>) {
    let Some(seen) = rocket
        .state::<std::sync::Arc<proxy_seen::ProxySeen>>()
        .cloned()
    else {
        return;
    };
    repeat_until_shutdown(rocket, Duration::from_secs(60 * 60), move || {
        let seen = seen.clone();
        async move {
            let _ = rocket::tokio::task::spawn_blocking(move || {
                if let Err(e) = seen.write() {
                    tracing::warn!("could not write {}: {e}", proxy_seen::FILE);
                }
            })
            .await;
        }
    });
}

/// Runs `job` every `every` until the server stops: the shape every background
/// task here shares.
fn repeat_until_shutdown<F, Fut>(rocket: &Rocket<rocket::Orbit>, every: Duration, job: F)
where
    F: FnMut() -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    repeat_after_waits(rocket, move || every, job);
}

/// Runs `job` after each wait that `wait` gives, until the server stops (for
/// a job that keeps to fixed times, the wait until the next one).
fn repeat_after_waits<W, F, Fut>(rocket: &Rocket<rocket::Orbit>, mut wait: W, mut job: F)
where
    W: FnMut() -> Duration + Send + 'static,
    F: FnMut() -> Fut + Send + 'static,
    Fut: std::future::Future<Output = ()> + Send,
{
    let mut shutdown = rocket.shutdown();
    rocket::tokio::spawn(async move {
        loop {
            rocket::tokio::select! {
                _ = rocket::tokio::time::sleep(wait()) => {}
                _ = &mut shutdown => break,
            }
            job().await;
        }
    });
}

/// How long from `now` (Unix seconds, with its sub-second part) until just
/// after the next slot starts: a couple of seconds late, so that a node whose
/// clock runs a little fast still wakes inside the slot.
pub fn wait_for_next_slot(now: Duration, every_minutes: u32) -> Duration {
    let next = crate::domain::alerts::next_slot(now.as_secs() as i64, every_minutes);
    let at = Duration::from_secs(next.max(0) as u64) + Duration::from_secs(2);
    at.saturating_sub(now)
}

/// Safeguarding alerts: at the start of each slot, on one node (a lease
/// decides), the alert owed to the leads, if one is (see `app::lead_alerts`).
fn spawn_lead_alerts(rocket: &Rocket<rocket::Orbit>) {
    let (Some(services), Some(alerts)) = (
        rocket.state::<Services>().cloned(),
        rocket
            .state::<std::sync::Arc<app::lead_alerts::LeadAlerts>>()
            .cloned(),
    ) else {
        return;
    };
    let holder = crate::crypto::random_token();
    let every = alerts.config.every_minutes;
    let wait = move || {
        let now = std::time::SystemTime::now()
            .duration_since(std::time::UNIX_EPOCH)
            .unwrap_or_default();
        wait_for_next_slot(now, every)
    };
    // What the urgent guidance says follows other nodes' changes (a lead's
    // new address) within a minute.
    let (refresh_services, refresh_alerts) = (services.clone(), alerts.clone());
    repeat_until_shutdown(rocket, Duration::from_secs(60), move || {
        let services = refresh_services.clone();
        let alerts = refresh_alerts.clone();
        async move {
            let _ = services.run(move |conn| alerts.status(conn)).await;
        }
    });
    repeat_after_waits(rocket, wait, move || {
        let services = services.clone();
        let alerts = alerts.clone();
        let holder = holder.clone();
        async move {
            let now = app::now_unix();
            if let Err(err) = services
                .run(move |conn| alerts.run_slot(conn, &holder, now))
                .await
            {
                tracing::error!(error = err.key(), "safeguarding alert run failed");
            }
        }
    });
}

/// Runs the retention rules every `retention.every_minutes`, on one node per turn
/// (a lease in the database decides which).
fn spawn_retention(rocket: &Rocket<rocket::Orbit>) {
    let Some(services) = rocket.state::<Services>().cloned() else {
        return;
    };
    let holder = crate::crypto::random_token();
    let every = Duration::from_secs(services.retention.every_minutes * 60);
    repeat_until_shutdown(rocket, every, move || {
        let services = services.clone();
        let holder = holder.clone();
        async move {
            let policy = services.retention.clone();
            let audit = services.audit.clone();
            let data_dir = services.data_dir.clone();
            // On every node, not only the lease holder: only the node that holds
            // the setup token file can retire an expired setup link.
            if let Err(err) = services
                .run(move |conn| app::setup::retire_expired_link(conn, &data_dir))
                .await
            {
                tracing::error!(error = err.key(), "retiring the expired setup link failed");
            }
            match services
                .run(move |conn| app::retention::run_if_leased(conn, &holder, &policy, &audit))
                .await
            {
                Ok(Some(purged)) => tracing::info!(
                    declined = purged.declined_shredded,
                    withdrawn = purged.tombstones_deleted,
                    claims = purged.claims_expired,
                    "retention run"
                ),
                Ok(None) => {}
                Err(err) => tracing::error!(error = err.key(), "retention run failed"),
            }
        }
    });
}

/// Builds each closed month (and quarter) `digests.delay_days` after it closed,
/// checking every `digests.every_minutes`, on one node per turn.
fn spawn_digest_builds(rocket: &Rocket<rocket::Orbit>) {
    let (Some(services), Some(access)) = (
        rocket.state::<Services>().cloned(),
        rocket.state::<routes::digests::DigestAccess>(),
    ) else {
        return;
    };
    let config = access.config.clone();
    let holder = crate::crypto::random_token();
    let every = Duration::from_secs(config.every_minutes.max(1) * 60);
    repeat_until_shutdown(rocket, every, move || {
        let services = services.clone();
        let holder = holder.clone();
        let config = config.clone();
        async move {
            let policy = services.policy.clone();
            let audit = services.audit.clone();
            match services
                .run(move |conn| {
                    app::digests::build_due_if_leased(conn, &holder, &config, &policy, &audit)
                })
                .await
            {
                Ok(Some(built)) if !built.is_empty() => {
                    tracing::info!(digests = built.len(), "digests released")
                }
                Ok(_) => {}
                Err(err) => tracing::error!(error = err.key(), "digest build failed"),
            }
        }
    });
}

/// Destroys idle sessions every few minutes, so a session abandoned on a shared
/// computer does not keep its wrapped key in the database.
fn spawn_session_sweeper(rocket: &Rocket<rocket::Orbit>) {
    let Some(services) = rocket.state::<Services>().cloned() else {
        return;
    };
    repeat_until_shutdown(rocket, Duration::from_secs(300), move || {
        let services = services.clone();
        async move {
            let idle = services.idle_secs;
            let _ = services
                .run(move |conn| app::staff::purge_idle_sessions(conn, idle))
                .await;
            let max = services.max_session_secs;
            let _ = services
                .run(move |conn| app::staff::purge_old_sessions(conn, max))
                .await;
            let _ = services.run(app::backoff::purge).await;
        }
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_alert_schedule_wakes_just_after_each_slot_starts() {
        // 10:07:31.5 UTC on 2026-12-07: the next quarter hour is 10:15.
        let midnight = 1_796_601_600u64;
        let now =
            Duration::from_secs(midnight + 10 * 3600 + 7 * 60 + 31) + Duration::from_millis(500);
        assert_eq!(
            wait_for_next_slot(now, 15),
            Duration::from_secs(7 * 60 + 31) - Duration::from_millis(500)
        );
        // Woken just after a slot began (inside the 2 s margin): the next one.
        let at_slot = Duration::from_secs(midnight + 10 * 3600 + 15 * 60 + 2);
        assert_eq!(
            wait_for_next_slot(at_slot, 15),
            Duration::from_secs(15 * 60)
        );
        assert_eq!(
            wait_for_next_slot(Duration::from_secs(midnight + 1), 1440),
            Duration::from_secs(86_400 + 1)
        );
    }
}
