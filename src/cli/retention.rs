//! `voices retention run`: the retention rules once, now (the server runs
//! them on a schedule too). What is destroyed and when is `app::retention`.
//! It prints counts only, never what was destroyed.

use clap::Subcommand;

use super::{load_config, open, CliError, DataDir};
use crate::app;
use crate::storage;

#[derive(Subcommand)]
pub(super) enum RetentionCommand {
    /// Run the retention rules once, now.
    Run {
        #[command(flatten)]
        data: DataDir,
    },
}

pub(super) fn run_retention(action: RetentionCommand) -> Result<(), CliError> {
    match action {
        RetentionCommand::Run { data } => {
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
    }
}
