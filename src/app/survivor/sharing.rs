//! Sharing: a payload sealed for the writer, with the safeguarding level found
//! while the words are in memory, and the link that shows the new code. Never
//! keeps anything else read from the words in clear.

use crate::app::envelope::encode;
use crate::crypto::{ReceiptPepper, ViewTicket};
use crate::domain::suggest::SuggestionRules;
use crate::domain::{Language, Payload};
use crate::policy::rank_of;

use super::links::{seal_link, LinkKind};

pub fn encode_payload(payload: &Payload) -> Vec<u8> {
    encode(payload)
}

/// A submission ready for the writer, and the link to the page that will show
/// its code once the commit is acknowledged.
pub struct Prepared {
    pub sealed: crate::app::submissions::Sealed,
    pub link: ViewTicket,
    pub link_row: crate::storage::writer::ReceiptLink,
}

/// Seals a payload for storage, with the safeguarding level found in its words
/// (the only result of reading them that is kept in clear), and makes the link
/// that shows the new code.
pub fn prepare(
    payload: &Payload,
    language: Language,
    pepper: &ReceiptPepper,
    rules: &SuggestionRules,
    now: i64,
) -> Prepared {
    let kind = payload.shared.kind();
    let level = rules.safeguarding_level(payload.shared.text(), language, kind);
    let sealed =
        crate::app::submissions::seal(&encode(payload), kind, language, rank_of(level), pepper);
    let link = ViewTicket::generate();
    let kind = LinkKind::Created;
    let link_row = crate::storage::writer::ReceiptLink {
        id_hash: link.lookup_hash(),
        sealed: seal_link(
            &link,
            &sealed.code,
            kind,
            kind.uses(),
            now + kind.lifetime_secs(),
            None,
        ),
    };
    Prepared {
        sealed,
        link,
        link_row,
    }
}
