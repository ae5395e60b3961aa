//! `voices doctor`: check this installation and print one line (or JSON) per
//! check, exiting 1 when something must be fixed. It changes nothing; the
//! checks themselves are `app::doctor`.

use super::{load_config, CliError, DataDir};
use crate::app;
use crate::config::Config;

pub(super) fn run_doctor(json: bool, data: &DataDir) -> Result<(), CliError> {
    use app::doctor::{self, Verdict};
    let file = Config::file_in_use();
    let checks = match load_config(data, None, None) {
        Ok(config) => {
            crate::crypto::init().map_err(|e| crate::web::StartError::Crypto(e.to_string()))?;
            doctor::run(&config, &file)
        }
        Err(e) => vec![doctor::Check {
            check: "config",
            status: Verdict::Fail,
            found: e.to_string(),
            todo: format!(
                "fix {} (or the VOICES_* variable) and run again",
                file.display()
            ),
        }],
    };
    let fix = doctor::must_fix(&checks);
    if json {
        let value = serde_json::json!({ "must_fix": fix, "checks": checks });
        println!("{value}");
    } else {
        for check in &checks {
            println!("{}", check.render());
        }
    }
    if fix {
        return Err(CliError::Usage(
            "something above must be fixed (the lines marked FAIL)".into(),
        ));
    }
    Ok(())
}
