//! Submissions as the database sees them: clear metadata (kind, language, state,
//! day) and opaque encrypted blobs.
//! Nothing here decrypts a blob or reads words; each concern is a file below.

mod changes;
mod data_keys;
mod lists;
mod paging;
mod queue;
mod rows;

pub use changes::{apply, delete_tombstones_before, set_review, shred, Transition};
pub use data_keys::{count_sealed_to, rekey, reseal, sealed_to, Rekeyed};
pub use lists::{
    changed_before, count_by_state, expired_claims, unopened_since, without_lead_note,
};
pub use paging::{queue, queue_page};
pub use queue::{
    Counted, QueueCursor, QueuePosition, QueueQuery, QueueRow, QueueSlice, UnknownPosition,
    EXACT_COUNT_UP_TO,
};
pub use rows::{
    by_id, by_receipt_hash, count, id_of, ids_of, insert_all, NewSubmission, SubmissionRow,
};
