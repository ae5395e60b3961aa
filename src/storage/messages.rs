//! Messages between the team and a survivor, and the edited versions the team
//! proposes: opaque ciphertext (the submission's data key) and a day.
//! Nothing here opens a message; ciphertext is stored as given.

use diesel::prelude::*;

use super::schema::{messages, proposals, staff_notes};
use super::DbConnection;

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = messages)]
pub struct MessageRow {
    pub id: i64,
    pub submission_id: i64,
    pub author: String,
    pub sent_on: String,
    pub body: Vec<u8>,
}

#[derive(Insertable)]
#[diesel(table_name = messages)]
pub struct NewMessage<'a> {
    pub submission_id: i64,
    pub author: &'a str,
    pub sent_on: &'a str,
    pub body: &'a [u8],
}

/// Stores a message under a random id (it is written in the same transaction as
/// an audit event; ids counted up would date it to that event's minute), after
/// the submission's other messages.
pub fn insert_message(conn: &mut DbConnection, new: &NewMessage<'_>) -> QueryResult<()> {
    let last: Option<i64> = messages::table
        .filter(messages::submission_id.eq(new.submission_id))
        .select(diesel::dsl::max(messages::position))
        .first(conn)?;
    diesel::insert_into(messages::table)
        .values((
            messages::id.eq(crate::crypto::random_row_id()),
            messages::position.eq(last.unwrap_or(0) + 1),
            new,
        ))
        .execute(conn)
        .map(|_| ())
}

/// Every message on a submission, oldest first.
pub fn messages_of(conn: &mut DbConnection, submission_id: i64) -> QueryResult<Vec<MessageRow>> {
    messages::table
        .filter(messages::submission_id.eq(submission_id))
        .order((messages::position, messages::id))
        .select(MessageRow::as_select())
        .load(conn)
}

/// Replaces a message's ciphertext (a fresh data key).
pub fn set_message_body(conn: &mut DbConnection, id: i64, body: &[u8]) -> QueryResult<()> {
    diesel::update(messages::table.filter(messages::id.eq(id)))
        .set(messages::body.eq(body))
        .execute(conn)
        .map(|_| ())
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = proposals)]
pub struct ProposalRow {
    pub id: i64,
    pub submission_id: i64,
    pub status: String,
    pub proposed_on: String,
    pub body: Vec<u8>,
}

#[derive(Insertable)]
#[diesel(table_name = proposals)]
pub struct NewProposal<'a> {
    pub submission_id: i64,
    pub status: &'a str,
    pub proposed_on: &'a str,
    pub body: &'a [u8],
}

pub fn insert_proposal(conn: &mut DbConnection, new: &NewProposal<'_>) -> QueryResult<()> {
    diesel::insert_into(proposals::table)
        .values(new)
        .execute(conn)
        .map(|_| ())
}

/// The latest edited version of a submission.
pub fn latest_proposal(
    conn: &mut DbConnection,
    submission_id: i64,
) -> QueryResult<Option<ProposalRow>> {
    proposals::table
        .filter(proposals::submission_id.eq(submission_id))
        .order(proposals::id.desc())
        .select(ProposalRow::as_select())
        .first(conn)
        .optional()
}

pub fn proposals_of(conn: &mut DbConnection, submission_id: i64) -> QueryResult<Vec<ProposalRow>> {
    proposals::table
        .filter(proposals::submission_id.eq(submission_id))
        .order(proposals::id)
        .select(ProposalRow::as_select())
        .load(conn)
}

pub fn set_proposal_status(conn: &mut DbConnection, id: i64, status: &str) -> QueryResult<()> {
    diesel::update(proposals::table.filter(proposals::id.eq(id)))
        .set(proposals::status.eq(status))
        .execute(conn)
        .map(|_| ())
}

/// Marks every earlier pending version of a submission superseded.
pub fn supersede_pending(conn: &mut DbConnection, submission_id: i64) -> QueryResult<()> {
    diesel::update(
        proposals::table
            .filter(proposals::submission_id.eq(submission_id))
            .filter(proposals::status.eq("pending")),
    )
    .set(proposals::status.eq("superseded"))
    .execute(conn)
    .map(|_| ())
}

pub fn set_proposal_body(conn: &mut DbConnection, id: i64, body: &[u8]) -> QueryResult<()> {
    diesel::update(proposals::table.filter(proposals::id.eq(id)))
        .set(proposals::body.eq(body))
        .execute(conn)
        .map(|_| ())
}

#[derive(Debug, Clone, Queryable, Selectable)]
#[diesel(table_name = staff_notes)]
pub struct NoteRow {
    pub id: i64,
    pub submission_id: i64,
    pub staff_id: i64,
    pub written_at: String,
    pub body: Vec<u8>,
}

#[derive(Insertable)]
#[diesel(table_name = staff_notes)]
pub struct NewNote<'a> {
    pub submission_id: i64,
    pub staff_id: i64,
    pub written_at: &'a str,
    pub body: &'a [u8],
}

pub fn insert_note(conn: &mut DbConnection, new: &NewNote<'_>) -> QueryResult<()> {
    diesel::insert_into(staff_notes::table)
        .values(new)
        .execute(conn)
        .map(|_| ())
}

pub fn notes_of(conn: &mut DbConnection, submission_id: i64) -> QueryResult<Vec<NoteRow>> {
    staff_notes::table
        .filter(staff_notes::submission_id.eq(submission_id))
        .order(staff_notes::id)
        .select(NoteRow::as_select())
        .load(conn)
}

/// Notes sealed to a retired organisation key, for a key rotation to re-seal.
pub fn all_notes(conn: &mut DbConnection) -> QueryResult<Vec<NoteRow>> {
    staff_notes::table
        .order(staff_notes::id)
        .select(NoteRow::as_select())
        .load(conn)
}

pub fn set_note_body(conn: &mut DbConnection, id: i64, body: &[u8]) -> QueryResult<()> {
    diesel::update(staff_notes::table.filter(staff_notes::id.eq(id)))
        .set(staff_notes::body.eq(body))
        .execute(conn)
        .map(|_| ())
}
