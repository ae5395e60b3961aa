//! Which database Voices uses (`database_url`, or SQLite in the data
//! directory), and the URL as it may be printed, without its password. Nothing
//! here opens a connection.

use std::path::PathBuf;

use super::Config;

impl Config {
    /// Which database to use: `database_url` if set, else SQLite in the data dir.
    pub fn database(&self) -> DatabaseTarget {
        match self.database_url.as_deref() {
            Some(url) if url.starts_with("postgres://") || url.starts_with("postgresql://") => {
                DatabaseTarget::Postgres(url.to_owned())
            }
            Some(url) if url.starts_with("sqlite://") => {
                DatabaseTarget::Sqlite(PathBuf::from(url.trim_start_matches("sqlite://")))
            }
            _ => DatabaseTarget::Sqlite(self.data_dir.join("voices.sqlite")),
        }
    }
}

pub enum DatabaseTarget {
    Sqlite(PathBuf),
    Postgres(String),
}

/// A database URL without its password.
pub(super) fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let credentials = &url[scheme + 3..at];
            let user = credentials.split(':').next().unwrap_or("");
            format!("{}{}:<secret>{}", &url[..scheme + 3], user, &url[at..])
        }
        _ => url.to_owned(),
    }
}
