//! `voices doctor`: the checks a volunteer running Voices needs, each with one
//! line that says what was found and what to do. It reads; it never creates or
//! changes anything (no migration, no secrets file, no directory).

mod backups;
mod database;
mod files;
mod host;
mod proxy;
pub mod proxy_seen;
mod settings;

use std::path::Path;

use serde::Serialize;

use crate::config::{Config, DatabaseTarget};
use crate::storage;

pub use proxy::judge_proxy;

/// How a check came out. `Fail` makes `voices doctor` exit 1.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Verdict {
    Ok,
    Warn,
    Fail,
}

/// One line of the report.
#[derive(Debug, Clone, Serialize)]
pub struct Check {
    pub check: &'static str,
    pub status: Verdict,
    /// What was found.
    pub found: String,
    /// What to do about it (empty when nothing).
    pub todo: String,
}

fn line(
    check: &'static str,
    status: Verdict,
    found: impl Into<String>,
    todo: impl Into<String>,
) -> Check {
    Check {
        check,
        status,
        found: found.into(),
        todo: todo.into(),
    }
}

impl Check {
    /// `ok    database   …  → what to do`
    pub fn render(&self) -> String {
        let tag = match self.status {
            Verdict::Ok => "ok  ",
            Verdict::Warn => "WARN",
            Verdict::Fail => "FAIL",
        };
        if self.todo.is_empty() {
            format!("{tag}  {:<13} {}", self.check, self.found)
        } else {
            format!("{tag}  {:<13} {} -> {}", self.check, self.found, self.todo)
        }
    }
}

/// Whether any check must be fixed.
pub fn must_fix(checks: &[Check]) -> bool {
    checks.iter().any(|c| c.status == Verdict::Fail)
}

/// Runs every check on the installation `config` describes, read from `file`.
pub fn run(config: &Config, file: &Path) -> Vec<Check> {
    let mut checks = vec![files::config_file(file)];
    checks.push(files::data_dir(config));
    checks.push(files::secrets(config));
    let database = config.database();
    let mut conn = match storage::connect_only(&database) {
        Ok(conn) => Some(conn),
        Err(e) => {
            checks.push(line(
                "database",
                Verdict::Fail,
                format!("cannot open {}: {e}", database::describe(&database)),
                match database {
                    DatabaseTarget::Sqlite(_) => {
                        "start Voices once (systemctl start voices); it creates the database"
                    }
                    DatabaseTarget::Postgres(_) => {
                        "check database_url and that PostgreSQL is running"
                    }
                },
            ));
            None
        }
    };
    if let Some(conn) = conn.as_mut() {
        checks.push(database::schema(conn, &database));
        checks.push(database::organisation_key(conn));
    }
    checks.push(host::clock(config));
    checks.push(settings::policy(config));
    checks.extend(settings::organisation(config));
    checks.push(settings::public_url(config));
    checks.push(settings::lead_alerts(config, conn.as_mut()));
    checks.push(proxy::proxy(config));
    checks.push(backups::backups(config, &database));
    checks.push(backups::old_copies(&database));
    checks.push(host::disk(config));
    checks
}
