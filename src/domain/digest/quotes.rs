//! When quotes may appear beside a digest: only under a published theme, three
//! or none, and only in a language whose total is published. The quotes
//! themselves are attached when a digest is shown, never stored in it.

use super::body::DigestBody;
use super::spec::NOT_GIVEN;

impl DigestBody {
    /// Whether a quote in `language` may appear: only where that language's
    /// total is published. A quote's own words show its language, so a label
    /// such as "another language" would not hide it; such a quote is left out.
    pub fn quote_language_shown(&self, language: &str) -> bool {
        language != NOT_GIVEN
            && self
                .overview
                .languages
                .iter()
                .any(|r| r.key == language && !r.total.suppressed)
    }

    /// Whether quotes appear under `theme`, given how many of its quotes could
    /// be shown: only under a published theme, and only with at least
    /// [`QUOTES_PER_THEME`] of them, so that every theme with quotes shows the
    /// same number and none tells how many people agreed to be quoted.
    pub fn quotes_shown_under(&self, theme: &str, available: usize) -> bool {
        available >= QUOTES_PER_THEME && self.theme(theme).is_some_and(|t| !t.count.suppressed)
    }
}

/// Quotes per theme: exactly this many, or none.
pub const QUOTES_PER_THEME: usize = 3;
