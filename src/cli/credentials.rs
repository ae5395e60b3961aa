//! Asking for passphrases on the command line: an admin's name and passphrase
//! (from the environment for scripts, or a prompt without echo) and a new
//! person's passphrase. A passphrase is never printed or logged.

use std::io::IsTerminal;

use super::CliError;
use crate::crypto::Passphrase;

fn env_required(key: &str) -> Result<String, CliError> {
    std::env::var(key).map_err(|_| {
        CliError::Usage(format!(
            "this needs an admin's credentials: run it in a terminal to be asked, or set {key} \
             (VOICES_ADMIN_NAME and VOICES_ADMIN_PASSPHRASE) for scripts"
        ))
    })
}

/// An admin's name and passphrase: from `VOICES_ADMIN_NAME` and
/// `VOICES_ADMIN_PASSPHRASE` when set (for scripts), otherwise asked for when
/// stdin is a terminal, the passphrase without echo. A passphrase typed at a
/// prompt stays out of the shell history and the process environment, where
/// other processes of the same user (and `/proc/PID/environ`) can read it.
pub(super) fn admin_credentials() -> Result<(String, Passphrase), CliError> {
    let at_terminal = std::io::stdin().is_terminal();
    let name = match std::env::var("VOICES_ADMIN_NAME") {
        Ok(name) => name,
        Err(_) if at_terminal => {
            use std::io::Write;
            print!("Admin name: ");
            std::io::stdout()
                .flush()
                .map_err(|e| CliError::Usage(e.to_string()))?;
            let mut line = String::new();
            std::io::stdin()
                .read_line(&mut line)
                .map_err(|e| CliError::Usage(e.to_string()))?;
            line.trim().to_owned()
        }
        Err(_) => env_required("VOICES_ADMIN_NAME")?,
    };
    let passphrase = match std::env::var("VOICES_ADMIN_PASSPHRASE") {
        Ok(passphrase) => passphrase,
        Err(_) if at_terminal => rpassword::prompt_password("Admin passphrase: ")
            .map_err(|e| CliError::Usage(e.to_string()))?,
        Err(_) => env_required("VOICES_ADMIN_PASSPHRASE")?,
    };
    Ok((name, Passphrase::new(passphrase)))
}

/// The new person's passphrase: `VOICES_PASSPHRASE`, or asked for twice.
pub(super) fn new_passphrase() -> Result<Passphrase, CliError> {
    if let Ok(value) = std::env::var("VOICES_PASSPHRASE") {
        return Ok(Passphrase::new(value));
    }
    if !std::io::stdin().is_terminal() {
        return Err(CliError::Usage(
            "set VOICES_PASSPHRASE, or run this in a terminal to be asked".into(),
        ));
    }
    println!("Use at least 12 characters; a few unrelated words are strong and easy to remember.");
    let first = rpassword::prompt_password("New passphrase: ")
        .map_err(|e| CliError::Usage(e.to_string()))?;
    let second =
        rpassword::prompt_password("Repeat it: ").map_err(|e| CliError::Usage(e.to_string()))?;
    if first != second {
        return Err(crate::error::AppError::PassphraseMismatch.into());
    }
    Ok(Passphrase::new(first))
}
