//! Who may act on an item, and opening an item with the organisation key. Never
//! opens a withdrawn item: its key is gone.

use crate::app::envelope::Envelope;
use crate::app::staff::StaffIdentity;
use crate::crypto::{DataKey, OrgSecretKey, SealedDataKey};
use crate::domain::moderation::Actor;
use crate::domain::Permission;
use crate::error::{AppError, AppResult};
use crate::storage::{submissions, DbConnection};

pub(super) fn actor(me: &StaffIdentity) -> Actor {
    Actor::Staff {
        id: me.staff_id,
        roles: me.roles,
    }
}

pub(super) fn require(me: &StaffIdentity, permission: Permission) -> AppResult<()> {
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
