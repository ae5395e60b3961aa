//! Writing and removing aggregation facts as moderators decide and survivors
//! withdraw. Called from the envelope's one commit path, inside its
//! transaction, so a fact exists exactly when an approval was stored. Never
//! opens an envelope: the commit passes what a fact needs.

use crate::domain::consent::ConsentUse;
use crate::domain::facts::Fact;
use crate::domain::moderation::{Decision, Proposal, ProposalStatus};
use crate::domain::review::ReviewRecord;
use crate::domain::{ModerationState, Payload};
use crate::error::AppResult;
use crate::storage::facts::{self, NewQuote};
use crate::storage::DbConnection;

use super::today;

/// The longest quote kept, in characters; longer approved wording is cut at a
/// sentence or word boundary before it.
pub const QUOTE_CHARS: usize = 280;

/// Whether moving to `next` approves an item for themes: published, themes
/// only, or kept for the team after a complete checklist (the state machine
/// requires it for both of the latter).
fn approves_for_themes(next: ModerationState) -> bool {
    matches!(
        next,
        ModerationState::Published | ModerationState::ThemesOnly | ModerationState::TeamOnly
    )
}

/// Records the fact (and a consented quote) for an item in `language` with
/// `payload` and its latest edited version `proposal`, that `decision` approves
/// for themes. Returns whether `review` changed. A survivor who chose "only the
/// team" is never counted, whatever a moderator decides: that choice keeps their
/// words out of anonymous themes too.
pub fn on_decision(
    conn: &mut DbConnection,
    language: &str,
    payload: &Payload,
    proposal: Option<&Proposal>,
    from: ModerationState,
    decision: &Decision,
    review: &mut ReviewRecord,
) -> AppResult<bool> {
    if from == decision.next || !approves_for_themes(decision.next) {
        return Ok(false);
    }
    let consent = payload.consent;
    if consent.usage == ConsentUse::TeamOnly {
        return Ok(false);
    }
    let month = today().month();
    let mut changed = false;
    if review.fact.is_none() {
        let fact = Fact::of(&month, language, &payload.shared, &review.themes);
        review.fact = Some(facts::insert(conn, &fact)?);
        changed = true;
    }
    let approved_wording = decision.publish.clone().or_else(|| {
        proposal
            .filter(|p| p.status == ProposalStatus::Approved)
            .map(|p| p.text.clone())
    });
    let quotable = consent.quotes && decision.next != ModerationState::TeamOnly;
    if let (true, None, Some(words)) = (quotable, review.quote, approved_wording) {
        let body = shorten(&words, QUOTE_CHARS);
        if !body.is_empty() {
            review.quote = Some(facts::insert_quote(
                conn,
                &NewQuote {
                    month: &month,
                    language,
                    themes: &review.themes.join(" "),
                    content_warnings: &review.content_warnings.join(" "),
                    body: &body,
                },
            )?);
            changed = true;
        }
    }
    Ok(changed)
}

/// On withdrawal: the quote goes at once; the fact goes unless a released
/// digest already counted its month (`released` says whether one did), since a
/// released digest never changes and a later one must stay consistent with it.
pub fn on_withdrawal(
    conn: &mut DbConnection,
    review: &ReviewRecord,
    released: impl Fn(&mut DbConnection, &str) -> AppResult<bool>,
) -> AppResult<()> {
    if let Some(quote) = review.quote {
        facts::delete_quote(conn, quote)?;
    }
    if let Some(fact) = review.fact {
        // Before asking whether its month is released: a release running now
        // finishes first, or starts only after this transaction.
        crate::storage::lock_against_release(conn)?;
        if let Some(month) = facts::month_of(conn, fact)? {
            if !released(conn, &month)? {
                facts::delete(conn, fact)?;
            }
        }
    }
    Ok(())
}

/// The first `max` characters of `text`, cut after the last sentence end in
/// them, or else the last space, with an ellipsis when anything was cut.
pub fn shorten(text: &str, max: usize) -> String {
    let text = text.trim();
    if text.chars().count() <= max {
        return text.to_owned();
    }
    let head: String = text.chars().take(max).collect();
    let sentence = head
        .char_indices()
        .rev()
        .filter(|(_, c)| matches!(c, '.' | '!' | '?' | '։' | '።' | '؟' | '۔'))
        .map(|(i, c)| i + c.len_utf8())
        .next()
        .filter(|&i| i * 3 >= max);
    match sentence {
        Some(end) => head[..end].trim().to_owned(),
        None => {
            let end = head.rfind(char::is_whitespace).unwrap_or(head.len());
            format!("{}…", head[..end].trim_end())
        }
    }
}

#[cfg(test)]
mod tests {
    use super::shorten;

    #[test]
    fn quotes_are_cut_at_a_sentence_or_a_word() {
        assert_eq!(shorten("  short  ", 280), "short");
        let long = format!("First sentence here. {}", "word ".repeat(100));
        assert_eq!(shorten(&long, 60), "First sentence here.");
        let words = "word ".repeat(100);
        let cut = shorten(&words, 23);
        assert_eq!(cut, "word word word word…");
    }
}
