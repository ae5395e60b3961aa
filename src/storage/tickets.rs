//! Receipt view links: a token's hash and what it seals (see
//! `crypto::ViewTicket`). Only the day a link was made is in clear.

use diesel::prelude::*;

use super::schema::receipt_tickets;
use super::DbConnection;

pub fn insert(
    conn: &mut DbConnection,
    id_hash: &[u8],
    sealed: &[u8],
    day: &str,
) -> QueryResult<()> {
    diesel::insert_into(receipt_tickets::table)
        .values((
            receipt_tickets::id_hash.eq(id_hash),
            receipt_tickets::sealed.eq(sealed),
            receipt_tickets::made_on.eq(day),
        ))
        .execute(conn)
        .map(|_| ())
}

/// Takes a link: returns what it seals and deletes it, in one transaction.
pub fn take(conn: &mut DbConnection, id_hash: &[u8]) -> QueryResult<Option<Vec<u8>>> {
    let sealed: Option<Vec<u8>> = receipt_tickets::table
        .filter(receipt_tickets::id_hash.eq(id_hash))
        .select(receipt_tickets::sealed)
        .first(conn)
        .optional()?;
    if sealed.is_some() {
        let deleted =
            diesel::delete(receipt_tickets::table.filter(receipt_tickets::id_hash.eq(id_hash)))
                .execute(conn)?;
        if deleted == 0 {
            // Taken by another request between the read and the delete.
            return Ok(None);
        }
    }
    Ok(sealed)
}

/// Deletes links made before `day`.
pub fn delete_made_before(conn: &mut DbConnection, day: &str) -> QueryResult<usize> {
    diesel::delete(receipt_tickets::table.filter(receipt_tickets::made_on.lt(day))).execute(conn)
}
