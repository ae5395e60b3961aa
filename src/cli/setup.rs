//! `voices setup reissue`: a new one-time link to create the first admin. It
//! needs only the data directory; it never creates an account itself.

use clap::Subcommand;

use super::{load_config, open, CliError, DataDir};
use crate::app;
use crate::storage;

#[derive(Subcommand)]
pub(super) enum SetupCommand {
    /// Print a new one-time setup link (the old one stops working). Needs only
    /// access to the data directory that holds the setup token, like the first
    /// `staff add`.
    Reissue {
        #[command(flatten)]
        data: DataDir,
    },
}

pub(super) fn run_setup(action: SetupCommand) -> Result<(), CliError> {
    match action {
        SetupCommand::Reissue { data } => {
            let config = load_config(&data, None, None)?;
            let pool = open(&config)?;
            let mut conn = pool.get().map_err(storage::StorageError::from)?;
            let token = app::setup::reissue(&mut conn, &config.data_dir, config.setup_link_hours)
                .map_err(|err| match err {
                crate::error::AppError::NoSetupPending => CliError::Usage(format!(
                    "no setup is waiting (an admin exists), or {} holds no valid setup token",
                    app::setup::token_path(&config.data_dir).display()
                )),
                other => other.into(),
            })?;
            println!(
                "A new one-time link to create the first admin (valid for {} hours):",
                config.setup_link_hours
            );
            println!(
                "    {}",
                app::setup::setup_link(&config.public_base(), &token)
            );
            println!("The previous link no longer works.");
            Ok(())
        }
    }
}
