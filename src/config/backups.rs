//! The `[backups]` section: where `voices backup` writes its snapshots and how
//! many it keeps. Writing and checking a snapshot lives in `app::backups`.
//! Nothing here touches the file system.

use std::path::PathBuf;

use serde::{Deserialize, Serialize};

use super::Config;

/// Where `voices backup` writes its snapshots, and how many it keeps.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct BackupsConfig {
    /// The directory for snapshots; `data_dir/backups` when not set.
    pub dir: Option<PathBuf>,
    /// How many snapshots to keep; older ones are deleted after a new one is written.
    pub keep: u32,
}

impl Default for BackupsConfig {
    fn default() -> Self {
        Self {
            dir: None,
            keep: 14,
        }
    }
}

impl Config {
    /// Where `voices backup` writes: `backups.dir`, or `data_dir/backups`.
    pub fn backups_dir(&self) -> PathBuf {
        self.backups
            .dir
            .clone()
            .unwrap_or_else(|| self.data_dir.join("backups"))
    }
}
