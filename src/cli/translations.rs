//! `voices translations sheet|status`: a review sheet for a native speaker and
//! the generated status file. It reads the embedded translations; it never
//! changes a locale file.

use std::path::PathBuf;

use clap::Subcommand;

use super::CliError;

#[derive(Subcommand)]
pub(super) enum TranslationsCommand {
    /// Write every message of one language, in page order, with its English
    /// source, review state, open questions and room for corrections: one
    /// self-contained HTML page (prints, works offline), or CSV.
    Sheet {
        /// vi, ar, sq, ro, ti, fa or ps
        #[arg(long)]
        lang: String,
        /// The file to write; standard output when not given.
        #[arg(long, value_name = "FILE")]
        out: Option<PathBuf>,
        /// CSV (UTF-8 with a byte-order mark) for a spreadsheet, instead of HTML.
        #[arg(long)]
        csv: bool,
    },
    /// Print locales/STATUS.md as generated from locales/status.toml and
    /// locales/STATUS.head.md (redirect it into locales/STATUS.md).
    Status,
}

pub(super) fn run_translations(action: TranslationsCommand) -> Result<(), CliError> {
    use crate::i18n::{sheet, status};
    let review = status::ReviewStatus::embedded().map_err(|e| CliError::Usage(e.to_string()))?;
    let text = match action {
        TranslationsCommand::Status => {
            print!("{}", status::status_markdown(&review, status::STATUS_HEAD));
            return Ok(());
        }
        TranslationsCommand::Sheet { lang, out, csv } => {
            let language = crate::domain::Language::from_code(&lang)
                .filter(|l| *l != crate::domain::Language::En)
                .ok_or_else(|| {
                    CliError::Usage(format!(
                        "unknown language `{lang}`: use vi, ar, sq, ro, ti, fa or ps (English is the source)"
                    ))
                })?;
            let sheet = sheet::sheet(language, &review);
            let text = if csv {
                sheet::csv(&sheet)
            } else {
                sheet::html(&sheet)
            };
            match out {
                Some(path) => {
                    return std::fs::write(&path, text).map_err(|e| {
                        CliError::Usage(format!("cannot write {}: {e}", path.display()))
                    });
                }
                None => text,
            }
        }
    };
    use std::io::Write as _;
    std::io::stdout()
        .write_all(text.as_bytes())
        .map_err(|e| CliError::Usage(format!("cannot write to standard output: {e}")))
}
