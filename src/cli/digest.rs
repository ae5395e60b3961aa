//! `voices digest build`: release every due digest, one period, or all of
//! them, printing each as it goes. What a build releases is `app::digests`; a
//! released digest is never changed from here.

use clap::Subcommand;

use super::{load_config, open, CliError, DataDir};
use crate::app;
use crate::storage;

#[derive(Subcommand)]
pub(super) enum DigestCommand {
    /// Build and release digests. With no period: every closed month and
    /// quarter not yet released. A released digest never changes: building it
    /// again checks that the same bytes come out.
    Build {
        /// One month, like 2026-10.
        #[arg(long, value_name = "YYYY-MM", conflicts_with_all = ["quarter", "all"])]
        period: Option<String>,
        /// One quarter, like 2026-Q3 (its months first).
        #[arg(long, value_name = "YYYY-QN", conflicts_with = "all")]
        quarter: Option<String>,
        /// Every closed period: release those not yet released and check the
        /// released ones still give the same bytes.
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        data: DataDir,
    },
}

pub(super) fn run_digest_build(
    period: Option<String>,
    all: bool,
    data: &DataDir,
) -> Result<(), CliError> {
    use crate::app::digests::{self, Built};
    use crate::domain::digest::Period;
    let config = load_config(data, None, None)?;
    let policy =
        crate::policy::Policy::for_config(&config).map_err(|e| CliError::Usage(e.to_string()))?;
    let pool = open(&config)?;
    let mut conn = pool.get().map_err(storage::StorageError::from)?;
    let key = crate::crypto::AuditKey::from_pepper(&config.secrets()?.receipt_pepper);
    let today = app::today();
    let report = |built: &Built, took: std::time::Duration| {
        match built {
        Built::Released { period, hash } => println!(
            "released {period} in {:.2} s (blake2b {hash})",
            took.as_secs_f64()
        ),
        Built::AlreadyReleased { period, same: true } => {
            println!("{period} was already released; building it again gives the same bytes")
        }
        Built::AlreadyReleased { period, same: false } => println!(
            "{period} was already released and stays as released: its published figures do not change. Built again now, it comes out differently (a policy list or the protection rules changed, or a period it depends on was released after it); the audit log records the difference (digest_rebuild_differs)"
        ),
    }
    };
    // Each period is announced before it starts, so a long run shows where it is.
    let starting = |period: Period, index: usize, of: usize| {
        println!("building {period} ({index} of {of})...");
    };
    let periods: Vec<Period> = match (&period, all) {
        (Some(p), _) => vec![p
            .parse()
            .map_err(|e: crate::domain::digest::BadPeriod| CliError::Usage(format!("{p}: {e}")))?],
        (None, true) => digests::closed_periods(&mut conn, today, 0)?,
        (None, false) => {
            let built =
                digests::build_due(&mut conn, &policy, &key, today, 0, |step| match step {
                    digests::Progress::Building { period, index, of } => {
                        starting(period, index, of)
                    }
                    digests::Progress::Done { built, took } => report(built, took),
                })?;
            if built.is_empty() {
                println!("Every closed period is already released.");
            }
            return Ok(());
        }
    };
    if periods.is_empty() {
        println!("No closed period has any facts yet.");
    }
    let of = periods.len();
    for (i, p) in periods.into_iter().enumerate() {
        starting(p, i + 1, of);
        let started = std::time::Instant::now();
        let built = digests::build(&mut conn, &policy, &key, p, today).map_err(|e| match e {
            crate::error::AppError::InvalidInput(digests::PERIOD_OPEN) => CliError::Usage(format!(
                "{p} is not over yet: it can be built from {}",
                p.closes_on()
            )),
            crate::error::AppError::InvalidInput(digests::QUARTER_ALREADY_RELEASED) => {
                CliError::Usage(format!(
                    "{p} cannot be released after its quarter {}: the quarter's figures already stand for it",
                    p.quarter()
                ))
            }
            other => other.into(),
        })?;
        for b in &built {
            report(b, started.elapsed());
        }
    }
    Ok(())
}
