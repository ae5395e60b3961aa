//! `voices policy check|try|measure`: validate the moderation policy files,
//! try the suggestions on a text, or measure them on labelled items. It reads
//! policy files; it never writes them or the database.

use std::path::PathBuf;

use clap::{Args, Subcommand};

use super::CliError;
use crate::app;
use crate::config::Config;

#[derive(Subcommand)]
pub(super) enum PolicyCommand {
    /// Validate every file in the moderation directory; on a problem, print
    /// the file and line and exit 1.
    Check {
        #[command(flatten)]
        dir: ModerationDir,
    },
    /// Read a text on standard input and print, as JSON, the safeguarding
    /// level, themes and highlighted details a moderator would see.
    Try {
        /// en, vi, ar, sq, ro, ti, fa or ps
        #[arg(long)]
        lang: String,
        /// story or feedback
        #[arg(long, default_value = "story")]
        kind: String,
        #[command(flatten)]
        dir: ModerationDir,
    },
    /// Run the suggestions over every labelled `*.toml` in DIR (the format of
    /// tests/fixtures/suggestions/README.md) and print, per language and in
    /// total, urgent recall, tricky negatives flagged urgent, the level
    /// confusion, identifying-detail recall per kind and theme recall and
    /// precision.
    Measure {
        /// A directory of labelled items.
        #[arg(value_name = "DIR")]
        set: PathBuf,
        /// Also list every miss and extra, one per line.
        #[arg(long)]
        misses: bool,
        #[command(flatten)]
        dir: ModerationDir,
    },
}

#[derive(Args)]
pub(super) struct ModerationDir {
    /// The moderation policy directory, checked alone. Default: the policy
    /// Voices would serve (`moderation_dir`, with the files of
    /// `moderation_override_dir` in place of their namesakes).
    #[arg(long, value_name = "D")]
    moderation_dir: Option<PathBuf>,
}

fn load_policy(dir: ModerationDir) -> Result<crate::policy::Policy, CliError> {
    // A directory named on the command line is checked alone; otherwise the
    // policy Voices would serve: `moderation_dir` with `moderation_override_dir`
    // over it, file by file.
    let loaded = match dir.moderation_dir {
        Some(dir) => crate::policy::Policy::load(&dir),
        None => crate::policy::Policy::for_config(&Config::load(Config::figment())?),
    };
    loaded.map_err(|e| {
        // "file (line N): problem", the form editors and scripts rely on.
        let separator = if e.problem.starts_with("(line") {
            " "
        } else {
            ": "
        };
        CliError::Usage(format!("{}{separator}{}", e.file.display(), e.problem))
    })
}

pub(super) fn run_policy(action: PolicyCommand) -> Result<(), CliError> {
    match action {
        PolicyCommand::Check { dir } => {
            let policy = load_policy(dir)?;
            println!("{}", app::policy_tools::summary(&policy));
            for (file, from) in &policy.origins {
                println!("    {file:<18} from {from}");
            }
            Ok(())
        }
        PolicyCommand::Try { lang, kind, dir } => {
            let lang = crate::domain::Language::from_code(&lang).ok_or_else(|| {
                CliError::Usage(format!(
                    "unknown language `{lang}`: use en vi ar sq ro ti fa ps"
                ))
            })?;
            let kind: crate::domain::SubmissionKind = kind.parse().map_err(|()| {
                CliError::Usage(format!("unknown kind `{kind}`: use story or feedback"))
            })?;
            let policy = load_policy(dir)?;
            let mut bytes = Vec::new();
            std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes)
                .map_err(|e| CliError::Usage(format!("cannot read standard input: {e}")))?;
            // Invalid UTF-8 (an unpaired surrogate, a stray byte) becomes U+FFFD.
            let text = String::from_utf8_lossy(&bytes);
            let value = app::policy_tools::try_text(&policy, lang, kind, &text);
            println!("{value}");
            Ok(())
        }
        PolicyCommand::Measure { set, misses, dir } => {
            let policy = load_policy(dir)?;
            let items = app::suggest_measure::load_dir(&set).map_err(CliError::Usage)?;
            let report = app::suggest_measure::measure(&policy.suggest, &items);
            print!("{}", report.render());
            if misses {
                println!("\nmisses and extras:");
                for line in &report.misses {
                    println!("  {line}");
                }
            }
            Ok(())
        }
    }
}
