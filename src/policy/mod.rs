//! Moderation policy as data: the files under `moderation/` (themes, crisis
//! resources, the publication checklist, decline reasons, message templates,
//! redaction tokens, safeguarding levels, the guidelines, and the suggestion
//! engine's lexicons), read and validated once at start-up. An unknown key, a
//! missing translation, or a theme without a label stops the server with a
//! message that names the file, the entry and, where it can, the line.
//!
//! A binary started where no `moderation/` directory exists (and none was
//! configured) uses the copy compiled into it, and says so.
//! Nothing here reads a submission.
mod entries;
pub mod feedback;
mod levels;
mod load;
mod messages;
pub mod privacy;
mod redactions;
mod resources;
mod rules;
mod themes;

use std::sync::Arc;

use crate::domain::suggest::SuggestionRules;

// The sibling files (feedback, privacy) read their entries with these.
use entries::{check_key, translated, RawLabelled};

pub use entries::{Labelled, Translated};
pub use feedback::Feedback;
pub use levels::{level_of_rank, rank_of, LevelPolicy};
pub use load::{PolicyError, PolicySource, BUILT_IN, BUILT_IN_ORIGIN};
pub use messages::{DeclineReason, MessageTemplate};
pub use privacy::PrivacyNotice;
pub use redactions::{Redaction, REQUIRED_REDACTIONS};
pub use resources::Resource;
pub use rules::Rules;
pub use themes::Theme;

#[derive(Debug, Clone)]
pub struct Policy {
    pub themes: Vec<Theme>,
    pub resources: Vec<Resource>,
    pub checklist: Vec<Labelled>,
    pub content_warnings: Vec<Labelled>,
    /// Each content warning's key and the themes it is suggested for.
    pub warning_themes: Vec<(String, Vec<String>)>,
    pub redactions: Vec<Redaction>,
    pub decline_reasons: Vec<DeclineReason>,
    pub message_templates: Vec<MessageTemplate>,
    pub levels: Vec<LevelPolicy>,
    /// What the service-feedback form asks.
    pub feedback: Feedback,
    /// The privacy notice template.
    pub privacy: PrivacyNotice,
    /// The moderators' guidelines (Markdown), shown in the staff area.
    pub guidelines: String,
    pub suggest: Arc<SuggestionRules>,
    pub source: PolicySource,
    /// Each file's name and the directory it was read from (or
    /// [`BUILT_IN_ORIGIN`]), in [`BUILT_IN`] order: what `voices doctor` shows.
    pub origins: Vec<(String, String)>,
}
