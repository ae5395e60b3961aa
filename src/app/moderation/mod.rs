//! What moderators and safeguarding leads do: the queue (never any text), claims,
//! reading after a content warning, the review record, edited versions, messages,
//! decisions, publication, safeguarding notes, and the wellbeing limits.
//! Each lives in a file of its own below; this one only names them.

mod access;
mod bulk;
mod claims;
mod decisions;
mod item;
mod notes;
mod publication;
mod queue;
mod review;
mod settings;
mod timeline;
mod wellbeing;

pub use access::open;
pub use bulk::{bulk_decline, bulk_plan, bulk_release, BulkAction, BulkOutcome, BulkPlan, LeftOut};
pub use claims::{claim, expire_claims};
pub use decisions::{act, StaffAction};
pub use item::{hand_off_targets, item_view, readable_without_claim, ItemView, NoteView, Reading};
pub use notes::add_note;
pub use publication::{publish, publish_preview, PublishPreview};
pub use queue::{
    counts, queue, safeguarding_list, waiting_too_long, QueueCounts, QueueFilter, QueueItem,
    QueuePage, QueueView, PAGE_SIZE,
};
pub use review::{reseal_review, save_review, ReviewInput};
pub use settings::{
    change_settings, settings, ModerationSettings, SettingsChange, SETTING_BREAK_AFTER,
    SETTING_DAILY_CAP, SETTING_TWO_PERSON,
};
pub use timeline::{TimelineEntry, Who};
pub use wellbeing::{opened_today, ReadingDay};
