//! `voices audit verify`: walk both hash chains of the audit log and name the
//! first broken link. It only reads.

use clap::Subcommand;

use super::{load_config, open, CliError, DataDir};
use crate::app;
use crate::storage;

#[derive(Subcommand)]
pub(super) enum AuditCommand {
    /// Walk both hash chains from the start; exit 1 naming the first broken link.
    Verify {
        #[command(flatten)]
        data: DataDir,
    },
}

pub(super) fn run_audit(action: AuditCommand) -> Result<(), CliError> {
    match action {
        AuditCommand::Verify { data } => {
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
    }
}
