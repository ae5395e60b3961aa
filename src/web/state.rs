//! What routes share through Rocket's managed state.
//! It keeps no client address and no session.

use std::net::IpAddr;
use std::path::PathBuf;
use std::sync::Arc;

use crate::app::envelope::Ctx;
use crate::app::moderation::ModerationSettings;
use crate::config::{Config, ModerationConfig, RetentionConfig};
use crate::crypto::{AuditKey, DecoyWrap, KdfCost, ReceiptPepper};
use crate::error::{AppError, AppResult};
use crate::policy::Policy;
use crate::storage::writer::SubmissionWriter;
use crate::storage::{DbConnection, DbPool};

/// The application services' dependencies: database, secrets, settings.
#[derive(Clone)]
pub struct Services {
    pub pool: DbPool,
    pub pepper: ReceiptPepper,
    pub kdf: KdfCost,
    pub idle_secs: i64,
    /// A staff session's absolute lifetime, however active it is.
    pub max_session_secs: i64,
    pub data_dir: PathBuf,
    pub writer: SubmissionWriter,
    /// What an unknown staff name is checked against (see `DecoyWrap`), made at
    /// start-up so every unknown name costs one Argon2id run, like a real one.
    pub decoy: Arc<DecoyWrap>,
    /// Argon2id runs at once, at most: each takes 256 MiB and a core for about half
    /// a second, so a burst of sign-ins waits its turn instead of exhausting memory.
    pub kdf_permits: Arc<rocket::tokio::sync::Semaphore>,
    /// The moderation policy (validated at start-up).
    pub policy: Arc<Policy>,
    /// Keys the audit log's hash chains.
    pub audit: Arc<AuditKey>,
    pub moderation: ModerationConfig,
    pub retention: RetentionConfig,
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

impl Services {
    /// The moderation settings in force (configuration and the admin's changes).
    pub fn moderation_settings(&self, conn: &mut DbConnection) -> AppResult<ModerationSettings> {
        crate::app::moderation::settings(conn, &self.moderation)
    }

    /// What a moderation change needs, for `settings`.
    pub fn ctx(&self, settings: &ModerationSettings) -> Ctx<'_> {
        Ctx {
            policy: &self.policy,
            audit: &self.audit,
            rules: settings.rules(),
            now: crate::app::now_unix(),
            claim_secs: settings.claim_secs,
        }
    }

    /// Runs `f` with a connection and the moderation context, off the async
    /// threads.
    pub async fn moderate<T, F>(&self, f: F) -> AppResult<T>
    where
        F: FnOnce(&mut DbConnection, &Ctx<'_>, &ModerationSettings) -> AppResult<T>
            + Send
            + 'static,
        T: Send + 'static,
    {
        let services = self.clone();
        self.run(move |conn| {
            let settings = services.moderation_settings(conn)?;
            let ctx = services.ctx(&settings);
            f(conn, &ctx, &settings)
        })
        .await
    }

    async fn kdf_permit(&self) -> AppResult<rocket::tokio::sync::SemaphorePermit<'_>> {
        self.kdf_permits
            .acquire()
            .await
            .map_err(|e| AppError::Internal(format!("key derivation permits: {e}")))
    }

    /// Runs Argon2id work (no database connection held) once a permit is free.
    pub async fn derive<T, F>(&self, f: F) -> AppResult<T>
    where
        F: FnOnce() -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let _permit = self.kdf_permit().await?;
        rocket::tokio::task::spawn_blocking(f)
            .await
            .map_err(|e| AppError::Internal(format!("blocking task: {e}")))?
    }

    /// Like [`Services::run`], for the rare database work that includes Argon2id
    /// (first-admin setup): it waits for a key-derivation permit first.
    pub async fn run_with_kdf<T, F>(&self, f: F) -> AppResult<T>
    where
        F: FnOnce(&mut DbConnection) -> AppResult<T> + Send + 'static,
        T: Send + 'static,
    {
        let _permit = self.kdf_permit().await?;
        self.run(f).await
    }
}

/// Settings the web layer needs on every request.
#[derive(Debug, Clone)]
pub struct WebSettings {
    pub quick_exit_url: String,
    pub secure_cookies: bool,
    pub trusted_proxies: Vec<IpAddr>,
    /// Where people reach Voices, for links shown to staff (invitations).
    pub public_base: String,
    /// The one forwarding header believed from a trusted proxy.
    pub client_ip_header: String,
    /// Who runs the site and what it promises, for survivor pages.
    pub organisation: crate::config::OrganisationConfig,
    /// How long words are kept, in the numbers survivors are told.
    pub retention: crate::config::RetentionConfig,
    /// Languages left out of the switcher and of negotiation (`languages.hidden`).
    pub hidden_languages: Vec<crate::domain::Language>,
    /// Whether safeguarding alerts reach anyone (for the urgent guidance).
    pub alert_reach: crate::app::lead_alerts::AlertReach,
}

impl WebSettings {
    pub fn from_config(config: &Config) -> Self {
        Self {
            quick_exit_url: config.quick_exit_url.clone(),
            secure_cookies: config.secure_cookies(),
            trusted_proxies: config.trusted_proxies.clone(),
            public_base: config.public_base(),
            client_ip_header: config.client_ip_header.clone(),
            organisation: config.organisation.clone(),
            retention: config.retention.clone(),
            hidden_languages: config.languages.hidden(),
            alert_reach: Default::default(),
        }
    }

    /// The languages survivors are offered, in launch order.
    pub fn offered_languages(&self) -> Vec<crate::domain::Language> {
        crate::domain::Language::ALL
            .into_iter()
            .filter(|l| !self.hidden_languages.contains(l))
            .collect()
    }
}
