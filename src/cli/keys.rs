//! `voices keys rotate`: a new organisation key, every data key re-sealed to
//! it and every old wrap destroyed, resumable after an interruption. The
//! rotation itself is `app::keys`; this only asks for credentials and reports.

use clap::Subcommand;

use super::credentials::admin_credentials;
use super::{load_config, open, CliError, DataDir};
use crate::app;
use crate::storage;

#[derive(Subcommand)]
pub(super) enum KeysCommand {
    /// Make a new organisation key pair, re-seal every submission's data key to it
    /// and destroy every wrap of the old key. Needs VOICES_ADMIN_NAME and
    /// VOICES_ADMIN_PASSPHRASE. Safe to run again after an interruption: it
    /// resumes. Afterwards other key-holding staff need `voices staff rekey`.
    Rotate {
        #[command(flatten)]
        data: DataDir,
    },
}

pub(super) fn run_keys(action: KeysCommand) -> Result<(), CliError> {
    match action {
        KeysCommand::Rotate { data } => {
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
    }
}
