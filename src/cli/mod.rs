//! The command line. Subcommand and flag names are a public contract: scripts and
//! the README rely on them.

use std::io::IsTerminal;
use std::path::PathBuf;
use std::process::ExitCode;

use clap::{Args, Parser, Subcommand};
use figment::providers::Serialized;

use crate::app;
use crate::config::Config;
use crate::crypto::Passphrase;
use crate::domain::Roles;
use crate::storage::{self, DbPool};

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

#[derive(Subcommand)]
enum TranslationsCommand {
    /// Write every message of one language, in page order, with its English
    /// source, review state, open questions and room for corrections: one
    /// self-contained HTML page (prints, works offline), or CSV.
    Sheet {
        /// vi, ar, sq, ro, ti, fa or ps
        #[arg(long)]
        lang: String,
        /// The file to write; standard output when not given.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// CSV (UTF-8 with a byte-order mark) for a spreadsheet, instead of HTML.
        #[arg(long)]
        csv: bool,
    },
    /// Print locales/STATUS.md as generated from locales/status.toml and
    /// locales/STATUS.head.md (redirect it into locales/STATUS.md).
    Status,
}

#[derive(Subcommand)]
enum DigestCommand {
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

#[derive(Subcommand)]
enum SetupCommand {
    /// Print a new one-time setup link (the old one stops working). Needs only
    /// access to the data directory that holds the setup token, like the first
    /// `staff add`.
    Reissue {
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

#[derive(Args, Default)]
struct ServeArgs {
    #[arg(long, value_name = "P")]
    port: Option<u16>,
    #[arg(long, value_name = "A")]
    address: Option<std::net::IpAddr>,
    #[command(flatten)]
    data: DataDir,
}

#[derive(Subcommand)]
enum AuditCommand {
    /// Walk both hash chains from the start; exit 1 naming the first broken link.
    Verify {
        #[command(flatten)]
        data: DataDir,
    },
}

#[derive(Subcommand)]
enum RetentionCommand {
    /// Run the retention rules once, now.
    Run {
        #[command(flatten)]
        data: DataDir,
    },
}

#[derive(Subcommand)]
enum KeysCommand {
    /// Make a new organisation key pair, re-seal every submission's data key to it
    /// and destroy every wrap of the old key. Needs VOICES_ADMIN_NAME and
    /// VOICES_ADMIN_PASSPHRASE. Safe to run again after an interruption: it
    /// resumes. Afterwards other key-holding staff need `voices staff rekey`.
    Rotate {
        #[command(flatten)]
        data: DataDir,
    },
}

#[derive(Subcommand)]
enum StaffCommand {
    /// Add a staff member. Their passphrase comes from VOICES_PASSPHRASE or a
    /// prompt. Needs VOICES_ADMIN_NAME and VOICES_ADMIN_PASSPHRASE once an admin
    /// exists; the first admin needs only access to the data directory.
    Add {
        #[arg(long)]
        name: String,
        /// admin, moderator, safeguarding_lead or practitioner; several joined
        /// with commas (an admin who also moderates: admin,moderator)
        #[arg(long)]
        role: String,
        #[command(flatten)]
        data: DataDir,
    },
    /// Give someone a new passphrase and key wrap (after a key rotation, or a
    /// forgotten passphrase). Needs an admin's credentials; the new passphrase comes
    /// from VOICES_PASSPHRASE or a prompt.
    Rekey {
        #[arg(long)]
        name: String,
        #[command(flatten)]
        data: DataDir,
    },
    /// List staff members.
    List {
        #[command(flatten)]
        data: DataDir,
    },
    /// Disable a staff member: destroys their key wrap and ends their sessions.
    Disable {
        #[arg(long)]
        name: String,
        #[command(flatten)]
        data: DataDir,
    },
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
        Command::Serve(args) => {
            let config = load_config(&args.data, args.port, args.address)?;
            let rocket = crate::web::try_build(config)?;
            // On SIGTERM or Ctrl-C Rocket stops accepting connections and lets
            // requests in flight finish; then the writer commits what is queued
            // and stops, so the process exits 0 with every acknowledged
            // submission on disk.
            let result = rocket::execute(rocket.launch());
            let services = match &result {
                Ok(stopped) => stopped.state::<crate::web::Services>(),
                Err(error) => match error.kind() {
                    // Rocket's server loop can end while a request it was still
                    // answering holds a handle on it, and then reports a failed
                    // shutdown. That request was not acknowledged (a receipt is
                    // sent only after its commit), so the stop goes on as usual.
                    rocket::error::ErrorKind::Shutdown(orbit, _) => {
                        tracing::warn!("a request was still being answered at the stop");
                        orbit.state::<crate::web::Services>()
                    }
                    _ => return Err(CliError::Server(error.to_string())),
                },
            };
            if let Some(services) = services {
                services.writer.close();
            }
            tracing::info!("Voices has stopped");
            Ok(())
        }
        Command::Doctor { json, data } => run_doctor(json, &data),
        Command::Staff { action } => run_staff(action),
        Command::Policy { action } => run_policy(action),
        Command::Translations { action } => run_translations(action),
        Command::Keys {
            action: KeysCommand::Rotate { data },
        } => {
            let config = load_config(&data, None, None)?;
            let pool = open(&config)?;
            let mut conn = pool.get().map_err(storage::StorageError::from)?;
            let (admin_name, admin_passphrase) = admin_credentials()?;
            let decoy = crate::crypto::DecoyWrap::new(config.kdf_cost);
            let rotated = app::keys::rotate(
                &mut conn,
                &admin_name,
                &admin_passphrase,
                config.kdf_cost,
                &decoy,
                app::keys::BATCH,
                |p| {
                    println!("re-sealed {} of {} data keys", p.done, p.total);
                    true
                },
            )?
            .ok_or_else(|| CliError::Usage("stopped before the end; run again to resume".into()))?;
            if rotated.resumed {
                println!("Finished a rotation an earlier run had started.");
            }
            println!(
                "The organisation key is now key {}. {} data keys re-sealed; every old wrap and session is destroyed.",
                rotated.new_key_id, rotated.resealed
            );
            if !rotated.need_rekey.is_empty() {
                println!(
                    "Re-key these staff with `voices staff rekey --name NAME`: {}",
                    rotated.need_rekey.join(", ")
                );
            }
            Ok(())
        }
        Command::Backup { out, check, data } => {
            let config = load_config(&data, None, None)?;
            if let Some(file) = check {
                return check_backup(&config, &file);
            }
            // Said before connecting: the advice does not need the database.
            if let crate::config::DatabaseTarget::Postgres(_) = config.database() {
                return Err(storage::backup::postgres_advice().into());
            }
            let pool = storage::open_for_command(&config.database())?;
            let mut conn = pool.get().map_err(storage::StorageError::from)?;
            let taken = app::backups::take(&config, &mut conn, out.as_deref())?;
            println!(
                "Wrote {}. Keep {} apart from it (offline, two copies): it is never in a backup.",
                taken.file.display(),
                config.data_dir.join("secrets.toml").display()
            );
            for old in &taken.removed {
                println!(
                    "Removed {} (backups.keep = {}).",
                    old.display(),
                    config.backups.keep
                );
            }
            Ok(())
        }
        Command::Audit {
            action: AuditCommand::Verify { data },
        } => {
            let config = load_config(&data, None, None)?;
            let pool = open(&config)?;
            let mut conn = pool.get().map_err(storage::StorageError::from)?;
            let key = crate::crypto::AuditKey::from_pepper(&config.secrets()?.receipt_pepper);
            let verified = app::audit::verify(&mut conn, &key)?;
            match verified.first_break {
                None => {
                    println!(
                        "The audit log is whole: {} staff events and {} survivor events, every link checked.",
                        verified.staff_events, verified.survivor_events
                    );
                    Ok(())
                }
                Some(b) => Err(CliError::Usage(format!(
                    "the audit log is broken: {} chain, event {}: {}",
                    b.chain.as_str(),
                    b.id,
                    b.problem
                ))),
            }
        }
        Command::Retention {
            action: RetentionCommand::Run { data },
        } => {
            let config = load_config(&data, None, None)?;
            let pool = open(&config)?;
            let mut conn = pool.get().map_err(storage::StorageError::from)?;
            let key = crate::crypto::AuditKey::from_pepper(&config.secrets()?.receipt_pepper);
            app::setup::retire_expired_link(&mut conn, &config.data_dir)?;
            let purged = app::retention::run(&mut conn, &config.retention, &key)?;
            println!(
                "Declined words destroyed: {}. Withdrawal records deleted: {}. Claims released: {}. Old receipt links: {}. Expired invitations: {}.",
                purged.declined_shredded,
                purged.tombstones_deleted,
                purged.claims_expired,
                purged.links_deleted,
                purged.invitations_deleted
            );
            Ok(())
        }
        Command::Setup {
            action: SetupCommand::Reissue { data },
        } => {
            let config = load_config(&data, None, None)?;
            let pool = open(&config)?;
            let mut conn = pool.get().map_err(storage::StorageError::from)?;
            let token = app::setup::reissue(&mut conn, &config.data_dir, config.setup_link_hours)
                .map_err(|err| match err {
                crate::error::AppError::NoSetupPending => CliError::Usage(format!(
                    "no setup is waiting (an admin exists), or {} holds no valid setup token",
                    app::setup::token_path(&config.data_dir).display()
                )),
                other => other.into(),
            })?;
            println!(
                "A new one-time link to create the first admin (valid for {} hours):",
                config.setup_link_hours
            );
            println!(
                "    {}",
                app::setup::setup_link(&config.public_base(), &token)
            );
            println!("The previous link no longer works.");
            Ok(())
        }
        Command::Demo { data } => {
            let config = load_config(&data, None, None)?;
            println!(
                "Filling {} with synthetic material (a few minutes)...",
                config.data_dir.display()
            );
            let report = crate::demo::run(config.clone(), std::io::stdout())?;
            println!(
                "Done: {} items shared, {} stories published, {} digests released.",
                report.shared, report.published, report.digests
            );
            println!("Staff accounts (name / role / passphrase):");
            for (name, role, passphrase) in &report.staff {
                println!("    {name} / {role} / {passphrase}");
            }
            let dir = config.data_dir.display();
            println!("Start Voices with `voices serve --data-dir {dir}` and open:");
            let base = config.public_base();
            println!("    {base}/en/  {base}/staff/login  {base}/en/stories  {base}/en/digests");
            Ok(())
        }
        Command::Digest {
            action:
                DigestCommand::Build {
                    period,
                    quarter,
                    all,
                    data,
                },
        } => run_digest_build(period.or(quarter), all, &data),
        Command::Restore { from, force, data } => {
            let config = load_config(&data, None, None)?;
            let crate::config::DatabaseTarget::Sqlite(database) = config.database() else {
                return Err(CliError::Usage(
                    "PostgreSQL is restored with pg_restore; see `voices backup --help`".into(),
                ));
            };
            storage::backup::restore(&from, &database, force)?;
            println!("Restored {} to {}.", from.display(), database.display());
            Ok(())
        }
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

fn run_staff(action: StaffCommand) -> Result<(), CliError> {
    match action {
        StaffCommand::Add { name, role, data } => {
            let role: Roles = role
                .parse()
                .map_err(|e: crate::domain::roles::UnknownRole| CliError::Usage(e.to_string()))?;
            let config = load_config(&data, None, None)?;
            let pool = open(&config)?;
            let mut conn = pool.get().map_err(storage::StorageError::from)?;
            let authority = if app::staff::admin_exists(&mut conn)? {
                let (admin_name, admin_passphrase) = admin_credentials()?;
                app::staff::Authority::Admin {
                    name: admin_name,
                    passphrase: admin_passphrase,
                }
            } else {
                match app::setup::status(&mut conn, &config.data_dir)? {
                    app::setup::SetupStatus::Pending(Some(token)) => {
                        app::staff::Authority::SetupToken(token)
                    }
                    _ => {
                        return Err(CliError::Usage(format!(
                        "no admin exists and {} holds no valid setup token; run this on the data \
                             directory of the node that first started the installation (if the \
                             link has expired, `voices setup reissue` makes a new one)",
                        app::setup::token_path(&config.data_dir).display()
                    )))
                    }
                }
            };
            let passphrase = new_passphrase()?;
            let decoy = crate::crypto::DecoyWrap::new(config.kdf_cost);
            let first = matches!(authority, app::staff::Authority::SetupToken(_));
            app::staff::add(
                &mut conn,
                &config.data_dir,
                authority,
                &name,
                role,
                &passphrase,
                config.kdf_cost,
                &decoy,
            )?;
            if first {
                println!(
                    "Created the first admin, {}. The setup link no longer works.",
                    name.trim()
                );
            } else {
                println!("Added {} as {role}.", name.trim());
            }
            Ok(())
        }
        StaffCommand::Rekey { name, data } => {
            let config = load_config(&data, None, None)?;
            let pool = open(&config)?;
            let mut conn = pool.get().map_err(storage::StorageError::from)?;
            let (admin_name, admin_passphrase) = admin_credentials()?;
            let passphrase = new_passphrase()?;
            let decoy = crate::crypto::DecoyWrap::new(config.kdf_cost);
            app::staff::rekey(
                &mut conn,
                &admin_name,
                &admin_passphrase,
                &decoy,
                &name,
                &passphrase,
                config.kdf_cost,
            )?;
            println!("{} has a new passphrase and key wrap.", name.trim());
            Ok(())
        }
        StaffCommand::List { data } => {
            let config = load_config(&data, None, None)?;
            let pool = open(&config)?;
            let mut conn = pool.get().map_err(storage::StorageError::from)?;
            let rows = app::staff::list(&mut conn)?;
            if rows.is_empty() {
                println!("No staff yet.");
            }
            println!("{:<32} {:<18} {:<9} since", "name", "role", "status");
            for row in rows {
                let status = if row.disabled { "disabled" } else { "active" };
                println!(
                    "{:<32} {:<18} {:<9} {}",
                    row.name, row.role, status, row.created_on
                );
            }
            Ok(())
        }
        StaffCommand::Disable { name, data } => {
            let config = load_config(&data, None, None)?;
            let pool = open(&config)?;
            let mut conn = pool.get().map_err(storage::StorageError::from)?;
            app::staff::disable(&mut conn, &name)?;
            println!(
                "Disabled {}: their key wrap is destroyed and their sessions have ended.",
                name.trim()
            );
            Ok(())
        }
    }
}

/// `voices backup --check FILE`: the snapshot alone is opened, read-only. Its
/// audit chains are keyed with the installation's secret, so the secrets file
/// (or `receipt_pepper`) must be at hand; it is read, never created here.
fn check_backup(config: &Config, file: &std::path::Path) -> Result<(), CliError> {
    let secrets_file = config.data_dir.join("secrets.toml");
    if config.receipt_pepper.is_none() && !secrets_file.is_file() {
        return Err(CliError::Usage(format!(
            "checking the audit chains needs the secrets.toml that belongs with this backup; \
             none at {} (use --data-dir for the directory that holds it)",
            secrets_file.display()
        )));
    }
    crate::crypto::init().map_err(|e| crate::web::StartError::Crypto(e.to_string()))?;
    let key = crate::crypto::AuditKey::from_pepper(&config.secrets()?.receipt_pepper);
    let checked = app::backups::check(file, &key)?;
    let schema = if checked.schema_version == checked.current_version {
        format!("schema {} (current)", checked.schema_version)
    } else {
        format!(
            "schema {} (a restore upgrades it to {})",
            checked.schema_version, checked.current_version
        )
    };
    println!(
        "{} is a whole Voices backup: {schema}; {} staff events and {} survivor events, every link checked.",
        file.display(),
        checked.staff_events,
        checked.survivor_events
    );
    Ok(())
}

fn run_doctor(json: bool, data: &DataDir) -> Result<(), CliError> {
    use app::doctor::{self, Verdict};
    let file = Config::file_in_use();
    let checks = match load_config(data, None, None) {
        Ok(config) => {
            crate::crypto::init().map_err(|e| crate::web::StartError::Crypto(e.to_string()))?;
            doctor::run(&config, &file)
        }
        Err(e) => vec![doctor::Check {
            check: "config",
            status: Verdict::Fail,
            found: e.to_string(),
            todo: format!(
                "fix {} (or the VOICES_* variable) and run again",
                file.display()
            ),
        }],
    };
    let fix = doctor::must_fix(&checks);
    if json {
        let value = serde_json::json!({ "must_fix": fix, "checks": checks });
        println!("{value}");
    } else {
        for check in &checks {
            println!("{}", check.render());
        }
    }
    if fix {
        return Err(CliError::Usage(
            "something above must be fixed (the lines marked FAIL)".into(),
        ));
    }
    Ok(())
}

fn env_required(key: &str) -> Result<String, CliError> {
    std::env::var(key).map_err(|_| {
        CliError::Usage(format!(
            "this needs an admin's credentials: run it in a terminal to be asked, or set {key} \
             (VOICES_ADMIN_NAME and VOICES_ADMIN_PASSPHRASE) for scripts"
        ))
    })
}

/// An admin's name and passphrase: from `VOICES_ADMIN_NAME` and
/// `VOICES_ADMIN_PASSPHRASE` when set (for scripts), otherwise asked for when
/// stdin is a terminal, the passphrase without echo. A passphrase typed at a
/// prompt stays out of the shell history and the process environment, where
/// other processes of the same user (and `/proc/PID/environ`) can read it.
fn admin_credentials() -> Result<(String, Passphrase), CliError> {
    let at_terminal = std::io::stdin().is_terminal();
    let name = match std::env::var("VOICES_ADMIN_NAME") {
        Ok(name) => name,
        Err(_) if at_terminal => {
            use std::io::Write;
            print!("Admin name: ");
            std::io::stdout()
                .flush()
                .map_err(|e| CliError::Usage(e.to_string()))?;
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .map_err(|e| CliError::Usage(e.to_string()))?;
            line.trim().to_owned()
        }
        Err(_) => env_required("VOICES_ADMIN_NAME")?,
    };
    let passphrase = match std::env::var("VOICES_ADMIN_PASSPHRASE") {
        Ok(passphrase) => passphrase,
        Err(_) if at_terminal => rpassword::prompt_password("Admin passphrase: ")
            .map_err(|e| CliError::Usage(e.to_string()))?,
        Err(_) => env_required("VOICES_ADMIN_PASSPHRASE")?,
    };
    Ok((name, Passphrase::new(passphrase)))
}

/// The new person's passphrase: `VOICES_PASSPHRASE`, or asked for twice.
fn new_passphrase() -> Result<Passphrase, CliError> {
    if let Ok(value) = std::env::var("VOICES_PASSPHRASE") {
        return Ok(Passphrase::new(value));
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Usage(
            "set VOICES_PASSPHRASE, or run this in a terminal to be asked".into(),
        ));
    }
    println!("Use at least 12 characters; a few unrelated words are strong and easy to remember.");
    let first = rpassword::prompt_password("New passphrase: ")
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let second =
        rpassword::prompt_password("Repeat it: ").map_err(|e| CliError::Usage(e.to_string()))?;
    if first != second {
        return Err(crate::error::AppError::PassphraseMismatch.into());
    }
    Ok(Passphrase::new(first))
}

#[derive(Subcommand)]
enum PolicyCommand {
    /// Validate every file in the moderation directory; on a problem, print
    /// the file and line and exit 1.
    Check {
        #[command(flatten)]
        dir: ModerationDir,
    },
    /// Read a text on standard input and print, as JSON, the safeguarding
    /// level, themes and highlighted details a moderator would see.
    Try {
        /// en, vi, ar, sq, ro, ti, fa or ps
        #[arg(long)]
        lang: String,
        /// story or feedback
        #[arg(long, default_value = "story")]
        kind: String,
        #[command(flatten)]
        dir: ModerationDir,
    },
    /// Run the suggestions over every labelled `*.toml` in DIR (the format of
    /// tests/fixtures/suggestions/README.md) and print, per language and in
    /// total, urgent recall, tricky negatives flagged urgent, the level
    /// confusion, identifying-detail recall per kind and theme recall and
    /// precision.
    Measure {
        /// A directory of labelled items.
        #[arg(value_name = "DIR")]
        set: PathBuf,
        /// Also list every miss and extra, one per line.
        #[arg(long)]
        misses: bool,
        #[command(flatten)]
        dir: ModerationDir,
    },
}

#[derive(Args)]
struct ModerationDir {
    /// The moderation policy directory, checked alone. Default: the policy
    /// Voices would serve (`moderation_dir`, with the files of
    /// `moderation_override_dir` in place of their namesakes).
    #[arg(long, value_name = "D")]
    moderation_dir: Option<PathBuf>,
}

fn load_policy(dir: ModerationDir) -> Result<crate::policy::Policy, CliError> {
    // A directory named on the command line is checked alone; otherwise the
    // policy Voices would serve: `moderation_dir` with `moderation_override_dir`
    // over it, file by file.
    let loaded = match dir.moderation_dir {
        Some(dir) => crate::policy::Policy::load(&dir),
        None => crate::policy::Policy::for_config(&Config::load(Config::figment())?),
    };
    loaded.map_err(|e| {
        // "file (line N): problem", the form editors and scripts rely on.
        let separator = if e.problem.starts_with("(line") {
            " "
        } else {
            ": "
        };
        CliError::Usage(format!("{}{separator}{}", e.file.display(), e.problem))
    })
}

fn run_policy(action: PolicyCommand) -> Result<(), CliError> {
    match action {
        PolicyCommand::Check { dir } => {
            let policy = load_policy(dir)?;
            println!("{}", app::policy_tools::summary(&policy));
            for (file, from) in &policy.origins {
                println!("    {file:<18} from {from}");
            }
            Ok(())
        }
        PolicyCommand::Try { lang, kind, dir } => {
            let lang = crate::domain::Language::from_code(&lang).ok_or_else(|| {
                CliError::Usage(format!(
                    "unknown language `{lang}`: use en vi ar sq ro ti fa ps"
                ))
            })?;
            let kind: crate::domain::SubmissionKind = kind.parse().map_err(|()| {
                CliError::Usage(format!("unknown kind `{kind}`: use story or feedback"))
            })?;
            let policy = load_policy(dir)?;
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
                .map_err(|e| CliError::Usage(format!("cannot read standard input: {e}")))?;
            // Invalid UTF-8 (an unpaired surrogate, a stray byte) becomes U+FFFD.
            let text = String::from_utf8_lossy(&bytes);
            let value = app::policy_tools::try_text(&policy, lang, kind, &text);
            println!("{value}");
            Ok(())
        }
        PolicyCommand::Measure { set, misses, dir } => {
            let policy = load_policy(dir)?;
            let items = app::suggest_measure::load_dir(&set).map_err(CliError::Usage)?;
            let report = app::suggest_measure::measure(&policy.suggest, &items);
            print!("{}", report.render());
            if misses {
                println!("\nmisses and extras:");
                for line in &report.misses {
                    println!("  {line}");
                }
            }
            Ok(())
        }
    }
}

fn run_translations(action: TranslationsCommand) -> Result<(), CliError> {
    use crate::i18n::{sheet, status};
    let review = status::ReviewStatus::embedded().map_err(|e| CliError::Usage(e.to_string()))?;
    let text = match action {
        TranslationsCommand::Status => {
            print!("{}", status::status_markdown(&review, status::STATUS_HEAD));
            return Ok(());
        }
        TranslationsCommand::Sheet { lang, out, csv } => {
            let language = crate::domain::Language::from_code(&lang)
                .filter(|l| *l != crate::domain::Language::En)
                .ok_or_else(|| {
                    CliError::Usage(format!(
                        "unknown language `{lang}`: use vi, ar, sq, ro, ti, fa or ps (English is the source)"
                    ))
                })?;
            let sheet = sheet::sheet(language, &review);
            let text = if csv {
                sheet::csv(&sheet)
            } else {
                sheet::html(&sheet)
            };
            match out {
                Some(path) => {
                    return std::fs::write(&path, text).map_err(|e| {
                        CliError::Usage(format!("cannot write {}: {e}", path.display()))
                    });
                }
                None => text,
            }
        }
    };
    use std::io::Write as _;
    std::io::stdout()
        .write_all(text.as_bytes())
        .map_err(|e| CliError::Usage(format!("cannot write to standard output: {e}")))
}

fn run_digest_build(period: Option<String>, all: bool, data: &DataDir) -> Result<(), CliError> {
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
