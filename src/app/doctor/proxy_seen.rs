//! The record of what requests said about the reverse proxy, for `voices doctor`:
//! five yes/no facts since Voices started, never an address, a path, a count or a
//! time. Written to `data_dir/proxy-seen.toml` each hour and when Voices stops (so
//! the file's time is never the moment of anyone's request); it never sees a request.

use std::path::{Path, PathBuf};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Arc;

use serde::{Deserialize, Serialize};

/// The file's name in the data directory.
pub const FILE: &str = "proxy-seen.toml";

/// What has been seen since Voices started.
#[derive(Debug, Default)]
pub struct ProxySeen {
    /// A trusted peer sent the configured `client_ip_header`.
    trusted_with_header: AtomicBool,
    /// A trusted peer sent no `client_ip_header` but another forwarding header.
    trusted_other_header: AtomicBool,
    /// A trusted peer sent no forwarding header at all.
    trusted_without_header: AtomicBool,
    /// A peer that is not trusted sent a forwarding header (ignored by Voices).
    untrusted_with_header: AtomicBool,
    /// A peer that is not trusted sent none: a direct visitor.
    untrusted_direct: AtomicBool,
    /// Where to write, and the settings the facts were seen under.
    target: Option<(PathBuf, String, usize)>,
}

/// The file as written and as `voices doctor` reads it.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct ProxySummary {
    /// The settings in force while these were seen.
    pub client_ip_header: String,
    pub trusted_proxies: usize,
    pub trusted_with_header: bool,
    pub trusted_other_header: bool,
    pub trusted_without_header: bool,
    pub untrusted_with_header: bool,
    pub untrusted_direct: bool,
}

impl ProxySeen {
    pub fn new(data_dir: &Path, client_ip_header: &str, trusted_proxies: usize) -> Arc<Self> {
        Arc::new(Self {
            target: Some((
                data_dir.join(FILE),
                client_ip_header.to_owned(),
                trusted_proxies,
            )),
            ..Self::default()
        })
    }

    /// Notes one request's kind.
    pub fn observe(&self, peer_trusted: bool, has_client_header: bool, has_other_header: bool) {
        let flag = match (peer_trusted, has_client_header, has_other_header) {
            (true, true, _) => &self.trusted_with_header,
            (true, false, true) => &self.trusted_other_header,
            (true, false, false) => &self.trusted_without_header,
            (false, true, _) | (false, false, true) => &self.untrusted_with_header,
            (false, false, false) => &self.untrusted_direct,
        };
        flag.store(true, Ordering::Relaxed);
    }

    /// What has been seen so far.
    pub fn summary(&self) -> ProxySummary {
        let (header, trusted) = self
            .target
            .as_ref()
            .map(|(_, h, n)| (h.clone(), *n))
            .unwrap_or_default();
        ProxySummary {
            client_ip_header: header,
            trusted_proxies: trusted,
            trusted_with_header: self.trusted_with_header.load(Ordering::Relaxed),
            trusted_other_header: self.trusted_other_header.load(Ordering::Relaxed),
            trusted_without_header: self.trusted_without_header.load(Ordering::Relaxed),
            untrusted_with_header: self.untrusted_with_header.load(Ordering::Relaxed),
            untrusted_direct: self.untrusted_direct.load(Ordering::Relaxed),
        }
    }

    /// Writes the summary (readable by its owner only), replacing the last one.
    /// Nothing is written before the first request.
    pub fn write(&self) -> std::io::Result<()> {
        let Some((path, _, _)) = &self.target else {
            return Ok(());
        };
        let summary = self.summary();
        if !(summary.trusted_with_header
            || summary.trusted_other_header
            || summary.trusted_without_header
            || summary.untrusted_with_header
            || summary.untrusted_direct)
        {
            return Ok(());
        }
        let text = format!(
            "# Written by Voices each hour and when it stops: which kinds of request it has\n\
             # seen since it started, for `voices doctor`. No address, path or time.\n{}",
            toml::to_string(&summary).map_err(std::io::Error::other)?
        );
        let partial = path.with_extension("toml.new");
        let _ = std::fs::remove_file(&partial);
        crate::config::write_private(&partial, text.as_bytes())?;
        std::fs::rename(&partial, path)
    }
}

/// Reads the summary a running (or stopped) Voices wrote in `data_dir`.
pub fn read(data_dir: &Path) -> Option<Result<ProxySummary, String>> {
    let text = std::fs::read_to_string(data_dir.join(FILE)).ok()?;
    Some(toml::from_str(&text).map_err(|e| e.to_string()))
}
