//! What moderators and safeguarding leads do: the queue (never any text), claims,
//! reading after a content warning, the review record, edited versions, messages,
//! decisions, publication, safeguarding notes, and the wellbeing limits.
//! Each lives in a file of its own below; this one holds what they share.

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

use std::collections::HashMap;

use crate::crypto::{DataKey, OrgSecretKey, SealedDataKey};
use crate::domain::moderation::Actor;
use crate::domain::{Day, Permission};
use crate::error::{AppError, AppResult};
use crate::storage::{staff as staff_store, submissions, DbConnection};

use super::envelope::Envelope;
use super::staff::StaffIdentity;

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

fn actor(me: &StaffIdentity) -> Actor {
    Actor::Staff {
        id: me.staff_id,
        roles: me.roles,
    }
}

fn require(me: &StaffIdentity, permission: Permission) -> AppResult<()> {
    if me.can(permission) {
        Ok(())
    } else {
        Err(AppError::Forbidden)
    }
}

/// Opens a submission with the organisation key. Withdrawn items have no key
/// left: they are not found.
pub fn open(conn: &mut DbConnection, id: i64, secret: &OrgSecretKey) -> AppResult<Envelope> {
    let row = submissions::by_id(conn, id)?.ok_or(AppError::NotFound)?;
    let sealed = row.org_sealed_key.clone().ok_or(AppError::NotFound)?;
    let key = DataKey::open_sealed(&SealedDataKey(sealed), &secret.public_key(), secret)
        .map_err(AppError::KeyUnavailable)?;
    Envelope::open(conn, row, key)
}

fn staff_names(conn: &mut DbConnection) -> AppResult<HashMap<i64, String>> {
    Ok(staff_store::list(conn)?
        .into_iter()
        .map(|row| (row.id, row.name))
        .collect())
}

fn age_in_days(received_on: &str, today: Day) -> i64 {
    received_on
        .parse::<Day>()
        .map(|d| d.days_until(today).max(0))
        .unwrap_or(0)
}
