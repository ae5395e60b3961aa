//! The safeguarding-alert state (one row) and the leads' sealed addresses.
//! Addresses arrive sealed; nothing here opens one.

use diesel::prelude::*;

use super::schema::{lead_alert_addresses, lead_alerts, staff};
use super::DbConnection;
use crate::domain::alerts::AlertState;

/// The one row's key.
const LEADS: &str = "leads";

#[derive(Queryable)]
struct Row {
    pending: bool,
    sending: bool,
    last_slot: i64,
    failures: i64,
    failure: Option<String>,
    failure_day: Option<String>,
    gave_up: bool,
}

pub fn state(conn: &mut DbConnection) -> QueryResult<AlertState> {
    let row: Option<Row> = lead_alerts::table
        .filter(lead_alerts::channel.eq(LEADS))
        .select((
            lead_alerts::pending,
            lead_alerts::sending,
            lead_alerts::last_slot,
            lead_alerts::failures,
            lead_alerts::failure,
            lead_alerts::failure_day,
            lead_alerts::gave_up,
        ))
        .first(conn)
        .optional()?;
    Ok(row
        .map(|r| AlertState {
            pending: r.pending,
            sending: r.sending,
            last_slot: r.last_slot,
            failures: r.failures,
            failure: r.failure,
            failure_day: r.failure_day,
            gave_up: r.gave_up,
        })
        .unwrap_or_default())
}

pub fn save(conn: &mut DbConnection, state: &AlertState) -> QueryResult<()> {
    diesel::update(lead_alerts::table.filter(lead_alerts::channel.eq(LEADS)))
        .set((
            lead_alerts::pending.eq(state.pending),
            lead_alerts::sending.eq(state.sending),
            lead_alerts::last_slot.eq(state.last_slot),
            lead_alerts::failures.eq(state.failures),
            lead_alerts::failure.eq(state.failure.as_deref()),
            lead_alerts::failure_day.eq(state.failure_day.as_deref()),
            lead_alerts::gave_up.eq(state.gave_up),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Marks that something became urgent, in the caller's transaction (the one
/// that made it urgent). A flag: the row gets no time.
pub fn mark_pending(conn: &mut DbConnection) -> QueryResult<()> {
    diesel::update(
        lead_alerts::table
            .filter(lead_alerts::channel.eq(LEADS))
            .filter(lead_alerts::pending.eq(false)),
    )
    .set(lead_alerts::pending.eq(true))
    .execute(conn)
    .map(|_| ())
}

/// Sets (or with `None` removes) a staff member's sealed address.
pub fn set_address(
    conn: &mut DbConnection,
    staff_id: i64,
    sealed: Option<&[u8]>,
) -> QueryResult<()> {
    diesel::delete(lead_alert_addresses::table.filter(lead_alert_addresses::staff_id.eq(staff_id)))
        .execute(conn)?;
    if let Some(sealed) = sealed {
        diesel::insert_into(lead_alert_addresses::table)
            .values((
                lead_alert_addresses::staff_id.eq(staff_id),
                lead_alert_addresses::sealed_address.eq(sealed),
            ))
            .execute(conn)?;
    }
    Ok(())
}

pub fn address_of(conn: &mut DbConnection, staff_id: i64) -> QueryResult<Option<Vec<u8>>> {
    lead_alert_addresses::table
        .filter(lead_alert_addresses::staff_id.eq(staff_id))
        .select(lead_alert_addresses::sealed_address)
        .first(conn)
        .optional()
}

/// An active staff member with an address: their id, roles, page language and
/// sealed address (the caller keeps those whose roles make them a lead).
pub struct AddressRow {
    pub staff_id: i64,
    pub role: String,
    pub ui_language: Option<String>,
    pub sealed_address: Vec<u8>,
}

pub fn active_addresses(conn: &mut DbConnection) -> QueryResult<Vec<AddressRow>> {
    let rows: Vec<(i64, String, Option<String>, Vec<u8>)> = lead_alert_addresses::table
        .inner_join(staff::table)
        .filter(staff::disabled.eq(false))
        .order(staff::id)
        .select((
            staff::id,
            staff::role,
            staff::ui_language,
            lead_alert_addresses::sealed_address,
        ))
        .load(conn)?;
    Ok(rows
        .into_iter()
        .map(|(staff_id, role, ui_language, sealed_address)| AddressRow {
            staff_id,
            role,
            ui_language,
            sealed_address,
        })
        .collect())
}

/// Forgets the addresses of people who are disabled: they are owed no alert,
/// and their address is personal data Voices no longer needs.
pub fn forget_disabled(conn: &mut DbConnection) -> QueryResult<usize> {
    let disabled = staff::table
        .filter(staff::disabled.eq(true))
        .select(staff::id);
    diesel::delete(
        lead_alert_addresses::table.filter(lead_alert_addresses::staff_id.eq_any(disabled)),
    )
    .execute(conn)
}
