//! What routes share through Rocket's managed state.

use std::net::IpAddr;
use std::path::PathBuf;

use crate::config::Config;
use crate::crypto::{KdfCost, ReceiptPepper};
use crate::error::{AppError, AppResult};
use crate::storage::writer::SubmissionWriter;
use crate::storage::{DbConnection, DbPool};

/// The application services' dependencies: database, secrets, settings.
#[derive(Clone)]
pub struct Services {
    pub pool: DbPool,
    pub pepper: ReceiptPepper,
    pub kdf: KdfCost,
    pub idle_secs: i64,
    pub data_dir: PathBuf,
    pub writer: SubmissionWriter,
}

impl Services {
    /// Runs blocking database (and Argon2id) work off the async threads.
    pub async fn run<T, F>(&self, f: F) -> AppResult<T>
    where
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let pool = self.pool.clone();
        rocket::tokio::task::spawn_blocking(move || {
            let mut conn = pool.get()?;
            f(&mut conn)
        })
        .await
        .map_err(|e| AppError::Internal(format!("blocking task: {e}")))?
    }
}

/// Settings the web layer needs on every request.
#[derive(Debug, Clone)]
pub struct WebSettings {
    pub quick_exit_url: String,
    pub secure_cookies: bool,
    pub trusted_proxies: Vec<IpAddr>,
}

impl WebSettings {
    pub fn from_config(config: &Config) -> Self {
        Self {
            quick_exit_url: config.quick_exit_url.clone(),
            secure_cookies: config.secure_cookies(),
            trusted_proxies: config.trusted_proxies.clone(),
        }
    }
}
