//! Single-use links to the receipt page, each holding the code sealed under a
//! token only that link carries. The code never travels in a URL.

use crate::app::today;
use crate::crypto::{ReceiptCode, ViewTicket};
use crate::error::{AppError, AppResult};
use crate::storage::{self, tickets, DbConnection};

/// What a receipt link shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// The page just after sharing, which shows the new code: it may be
    /// reloaded a few times in its first minutes, because a code lost now is
    /// lost for good.
    Created,
    /// The receipt page after the code was typed or an action was taken: once.
    View,
}

impl LinkKind {
    pub(super) fn uses(self) -> u8 {
        match self {
            LinkKind::Created => 3,
            LinkKind::View => 1,
        }
    }

    pub(super) fn lifetime_secs(self) -> i64 {
        match self {
            LinkKind::Created => 15 * 60,
            LinkKind::View => 5 * 60,
        }
    }

    fn key(self) -> &'static str {
        match self {
            LinkKind::Created => "created",
            LinkKind::View => "view",
        }
    }
}

/// What a receipt link leads to, with a notice to show once.
#[derive(Debug)]
pub struct Redeemed {
    pub code: ReceiptCode,
    pub kind: LinkKind,
    pub notice: Option<String>,
}

pub(super) fn seal_link(
    ticket: &ViewTicket,
    code: &ReceiptCode,
    kind: LinkKind,
    uses: u8,
    expires: i64,
    notice: Option<&str>,
) -> Vec<u8> {
    let contents = format!(
        "{}|{}|{}|{}|{}",
        kind.key(),
        uses,
        expires,
        code.grouped(),
        notice.unwrap_or("")
    );
    ticket.seal(contents.as_bytes())
}

/// Makes a link to the receipt page for `code`. `notice` is a message key shown
/// once on that page ("your choice is saved").
pub fn issue_link(
    conn: &mut DbConnection,
    code: &ReceiptCode,
    kind: LinkKind,
    notice: Option<&str>,
    now: i64,
) -> AppResult<ViewTicket> {
    let ticket = ViewTicket::generate();
    let sealed = seal_link(
        &ticket,
        code,
        kind,
        kind.uses(),
        now + kind.lifetime_secs(),
        notice,
    );
    storage::write(conn, |c| {
        tickets::insert(c, &ticket.lookup_hash(), &sealed, &today().to_string())
    })?;
    Ok(ticket)
}

/// Follows a link: the code it holds, if it is still valid. A used or expired
/// link is `ViewExpired`. A link with uses left is stored again with one fewer.
pub fn redeem_link(conn: &mut DbConnection, ticket: &ViewTicket, now: i64) -> AppResult<Redeemed> {
    storage::write(conn, |c| {
        let sealed = tickets::take(c, &ticket.lookup_hash())?.ok_or(AppError::ViewExpired)?;
        let contents = ticket.open(&sealed).map_err(|_| AppError::ViewExpired)?;
        let text = std::str::from_utf8(&contents).map_err(|_| AppError::ViewExpired)?;
        let mut parts = text.splitn(5, '|');
        let (Some(kind), Some(uses), Some(expires), Some(code), Some(notice)) = (
            parts.next(),
            parts.next().and_then(|u| u.parse::<u8>().ok()),
            parts.next().and_then(|e| e.parse::<i64>().ok()),
            parts.next(),
            parts.next(),
        ) else {
            return Err(AppError::ViewExpired);
        };
        if expires < now {
            return Err(AppError::ViewExpired);
        }
        let kind = if kind == LinkKind::Created.key() {
            LinkKind::Created
        } else {
            LinkKind::View
        };
        let code = ReceiptCode::parse(code).map_err(|_| AppError::ViewExpired)?;
        if uses > 1 {
            let again = seal_link(ticket, &code, kind, uses - 1, expires, None);
            tickets::insert(c, &ticket.lookup_hash(), &again, &today().to_string())?;
        }
        Ok(Redeemed {
            code,
            kind,
            notice: (!notice.is_empty()).then(|| notice.to_owned()),
        })
    })
}
