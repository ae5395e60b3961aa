//! `voices staff add|rekey|list|disable`: staff accounts from the command
//! line, the first admin with the setup token. The rules are `app::staff`;
//! passphrases are asked for in `credentials.rs`. It never prints a passphrase.

use clap::Subcommand;

use super::credentials::{admin_credentials, new_passphrase};
use super::{load_config, open, CliError, DataDir};
use crate::app;
use crate::domain::Roles;
use crate::storage;

#[derive(Subcommand)]
pub(super) enum StaffCommand {
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

pub(super) fn run_staff(action: StaffCommand) -> Result<(), CliError> {
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
                return Ok(());
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
