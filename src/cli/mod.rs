//! The command line. Subcommand and flag names are a public contract: scripts and
//! the README rely on them.
//!
//! One module per command group, its arguments beside the code that runs it;
//! this file holds the command list, what every command shares (the data
//! directory, loading the configuration, opening the database) and the error.
//! Commands only call `app`, `storage` and `web`; none of them decides a rule.

mod audit;
mod backup;
mod credentials;
mod demo;
mod digest;
mod doctor;
mod keys;
mod policy;
mod retention;
mod serve;
mod setup;
mod staff;
mod translations;

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use figment::providers::Serialized;

use crate::app;
use crate::config::Config;
use crate::storage::{self, DbPool};

use audit::{run_audit, AuditCommand};
use backup::{run_backup, run_restore};
use demo::run_demo;
use digest::{run_digest_build, DigestCommand};
use doctor::run_doctor;
use keys::{run_keys, KeysCommand};
use policy::{run_policy, PolicyCommand};
use retention::{run_retention, RetentionCommand};
use serve::{run_serve, ServeArgs};
use setup::{run_setup, SetupCommand};
use staff::{run_staff, StaffCommand};
use translations::{run_translations, TranslationsCommand};

#[derive(Parser)]
#[command(
    name = "voices",
    version,
    about = "Voices: share your story or feedback anonymously"
)]
#[command(args_conflicts_with_subcommands = true)]
struct Cli {
    #[command(subcommand)]
    command: Option<Command>,
    /// With no subcommand, `voices` serves, and takes `serve`'s flags.
    #[command(flatten)]
    serve: ServeArgs,
}

#[derive(Subcommand)]
enum Command {
    /// Start the server (the default).
    Serve(ServeArgs),
    /// Manage staff accounts.
    Staff {
        #[command(subcommand)]
        action: StaffCommand,
    },
    /// Manage the organisation key.
    Keys {
        #[command(subcommand)]
        action: KeysCommand,
    },
    /// Write a consistent snapshot of the (SQLite) database while Voices runs,
    /// into the backups directory (`backups.dir`, default data_dir/backups),
    /// keeping the newest `backups.keep`. The snapshot is as encrypted as the
    /// database and never holds secrets.toml: keep that apart, offline.
    Backup {
        /// A directory to write a dated snapshot into (older ones beyond
        /// `backups.keep` are deleted there), or a new file to create.
        #[arg(long, value_name = "DIR")]
        out: Option<PathBuf>,
        /// Check a snapshot instead: open it read-only and verify its tables,
        /// schema version and both audit chains. The live database is not opened.
        #[arg(long, value_name = "FILE", conflicts_with = "out")]
        check: Option<PathBuf>,
        #[command(flatten)]
        data: DataDir,
    },
    /// The audit log.
    Audit {
        #[command(subcommand)]
        action: AuditCommand,
    },
    /// Destroy declined words and withdrawal records past their keeping time,
    /// release expired claims (the server also does this on a schedule).
    Retention {
        #[command(subcommand)]
        action: RetentionCommand,
    },
    /// Check the moderation policy files, try the suggestions on a text, or
    /// measure them on a directory of labelled items.
    Policy {
        #[command(subcommand)]
        action: PolicyCommand,
    },
    /// Put a backup in place of the (SQLite) database. Stop Voices first.
    Restore {
        /// The backup file.
        #[arg(long, value_name = "FILE")]
        from: PathBuf,
        /// Replace an existing database (it is kept as *.before-restore).
        #[arg(long)]
        force: bool,
        #[command(flatten)]
        data: DataDir,
    },
    /// The first-admin setup link.
    Setup {
        #[command(subcommand)]
        action: SetupCommand,
    },
    /// Translation review: a sheet for a native speaker, and the status file.
    Translations {
        #[command(subcommand)]
        action: TranslationsCommand,
    },
    /// Fill a new data directory with synthetic material made through the real
    /// paths (sharing, moderation, approval, publication, digests), and print
    /// the staff accounts to sign in with. For trying Voices, never for real use.
    Demo {
        #[command(flatten)]
        data: DataDir,
    },
    /// Theme digests.
    Digest {
        #[command(subcommand)]
        action: DigestCommand,
    },
    /// Check this installation: files and their modes, the database, the
    /// organisation key, the policy, what survivors read, alerts, the proxy,
    /// backups, disk and clock. One line per check with what to do; exit 1
    /// when something must be fixed. Changes nothing.
    Doctor {
        /// One JSON object instead of lines, for scripts.
        #[arg(long)]
        json: bool,
        #[command(flatten)]
        data: DataDir,
    },
}

#[derive(Args, Default)]
struct DataDir {
    /// The data directory (SQLite database, secrets). Default: ./data
    #[arg(long, value_name = "D")]
    data_dir: Option<PathBuf>,
}

/// Why a command failed; printed as one line.
#[derive(Debug, thiserror::Error)]
pub enum CliError {
    #[error(transparent)]
    Start(#[from] crate::web::StartError),
    #[error(transparent)]
    Config(#[from] crate::config::ConfigError),
    #[error(transparent)]
    App(#[from] crate::error::AppError),
    #[error(transparent)]
    Storage(#[from] storage::StorageError),
    #[error("{0}")]
    Usage(String),
    #[error("the server stopped with an error: {0}")]
    Server(String),
}

pub fn main() -> ExitCode {
    crate::config::restrict_new_files();
    storage::init_process();
    init_tracing();
    let cli = Cli::parse();
    match run(cli.command.unwrap_or(Command::Serve(cli.serve))) {
        Ok(()) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("voices: {err}");
            ExitCode::FAILURE
        }
    }
}

fn init_tracing() {
    let filter = tracing_subscriber::EnvFilter::try_from_env("VOICES_LOG")
        .unwrap_or_else(|_| tracing_subscriber::EnvFilter::new("info"));
    // Read before the rest of the configuration, which is checked later and
    // reported with its key; a bad value here just keeps the default.
    let timestamps = Config::figment()
        .extract_inner::<bool>("log.timestamps")
        .unwrap_or(true);
    let builder = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        // Colour codes only for a person at a terminal, never into a journal.
        .with_ansi(std::io::stderr().is_terminal())
        .with_target(false);
    if timestamps {
        builder.init();
    } else {
        builder.without_time().init();
    }
}

fn load_config(
    data: &DataDir,
    port: Option<u16>,
    address: Option<std::net::IpAddr>,
) -> Result<Config, CliError> {
    let mut figment = Config::figment();
    if let Some(dir) = &data.data_dir {
        figment = figment.merge(Serialized::default("data_dir", dir));
    }
    if let Some(port) = port {
        figment = figment.merge(Serialized::default("port", port));
    }
    if let Some(address) = address {
        figment = figment.merge(Serialized::default("address", address));
    }
    Ok(Config::load(figment)?)
}

fn run(command: Command) -> Result<(), CliError> {
    match command {
        Command::Serve(args) => run_serve(args),
        Command::Doctor { json, data } => run_doctor(json, &data),
        Command::Staff { action } => run_staff(action),
        Command::Policy { action } => run_policy(action),
        Command::Translations { action } => run_translations(action),
        Command::Keys { action } => run_keys(action),
        Command::Backup { out, check, data } => run_backup(out, check, data),
        Command::Audit { action } => run_audit(action),
        Command::Retention { action } => run_retention(action),
        Command::Setup { action } => run_setup(action),
        Command::Demo { data } => run_demo(data),
        Command::Digest {
            action:
                DigestCommand::Build {
                    period,
                    quarter,
                    all,
                    data,
                },
        } => run_digest_build(period.or(quarter), all, &data),
        Command::Restore { from, force, data } => run_restore(from, force, data),
    }
}

/// Opens the installation's database the way the server does, creating the
/// organisation key on a fresh data directory.
fn open(config: &Config) -> Result<DbPool, CliError> {
    crate::crypto::init().map_err(|e| crate::web::StartError::Crypto(e.to_string()))?;
    crate::config::create_private_dir(&config.data_dir).map_err(|e| {
        CliError::Usage(format!("cannot create {}: {e}", config.data_dir.display()))
    })?;
    let pool = storage::open_for_command(&config.database())?;
    app::setup::ensure_organisation_for(
        &mut *pool.get().map_err(storage::StorageError::from)?,
        &config.data_dir,
        config.setup_link_hours,
    )?;
    Ok(pool)
}
