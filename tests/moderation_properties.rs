//! Property tests for the moderation state machine: for any sequence of
//! commands by anyone, in any order,
//!
//! * nothing is published unless the survivor's consent says publish at that
//!   moment and the words published are exactly a version the survivor approved
//!   (the latest, still approved);
//! * a withdrawn item never comes back: every later command is refused;
//! * a practitioner (or an admin who does not also moderate) never changes
//!   anything;
//! * a claim is only ever held by someone allowed to review;
//! * the table and the decisions agree: an allowed command always leads where
//!   the table says, except for the two documented refinements.

use proptest::prelude::*;

use voices::domain::moderation::{
    decide, next_state, Actor, Command, Item, Party, ProposalStatus, Rules,
};
use voices::domain::roles::{Role, Roles};
use voices::domain::{Consent, ConsentUse, ModerationState};

const MO: i64 = 1;
const MAI: i64 = 2;
const PAT: i64 = 3;
const ADA: i64 = 4;

fn actor(n: u8) -> Actor {
    match n % 7 {
        0 | 1 => Actor::Survivor,
        2 => Actor::Staff {
            id: MO,
            roles: Roles::one(Role::Moderator),
        },
        3 => Actor::Staff {
            id: MAI,
            roles: Roles::one(Role::SafeguardingLead),
        },
        4 => Actor::Staff {
            id: PAT,
            roles: Roles::one(Role::Practitioner),
        },
        5 => Actor::Staff {
            id: ADA,
            roles: Roles::one(Role::Admin),
        },
        _ => Actor::System,
    }
}

fn consent(n: u8) -> Consent {
    let usage = [
        ConsentUse::Publish,
        ConsentUse::ThemesOnly,
        ConsentUse::TeamOnly,
    ][n as usize % 3];
    Consent {
        usage,
        quotes: n % 2 == 0,
    }
}

const TEXTS: [&str; 3] = ["version one", "version two", "[name] version three"];

fn command(kind: u8, arg: u8) -> Command {
    match kind % 19 {
        0 => Command::Claim,
        1 => Command::TakeBack,
        2 => Command::Release,
        3 => {
            let (to, role) = [
                (MO, Role::Moderator),
                (MAI, Role::SafeguardingLead),
                (PAT, Role::Practitioner),
            ][arg as usize % 3];
            Command::HandOff {
                to,
                to_roles: Roles::one(role),
            }
        }
        4 => Command::ProposeEdit {
            text: TEXTS[arg as usize % 3].to_owned(),
        },
        5 => Command::Ask,
        6 => Command::Message,
        7 => Command::UseForThemes,
        8 => Command::KeepForTeam,
        9 => Command::Decline,
        10 => Command::Publish,
        11 => Command::Approve,
        12 => Command::RequestChanges,
        13 => Command::Refuse,
        14 => Command::Reply,
        15 => Command::AskSecondLook,
        16 => Command::ChangeConsent(consent(arg)),
        17 => Command::Withdraw,
        _ => Command::ExpireClaim,
    }
}

/// One step: a command by someone, or the moderator saving the checklist.
#[derive(Debug, Clone)]
enum Step {
    Do(u8, u8, u8),
    Checklist(bool),
}

fn steps() -> impl Strategy<Value = Vec<Step>> {
    prop::collection::vec(
        prop_oneof![
            8 => (any::<u8>(), any::<u8>(), any::<u8>()).prop_map(|(a, k, x)| Step::Do(a, k, x)),
            1 => any::<bool>().prop_map(Step::Checklist),
        ],
        0..60,
    )
}

fn party(actor: Actor) -> Option<Party> {
    match actor {
        Actor::Survivor => Some(Party::Survivor),
        Actor::System => Some(Party::System),
        Actor::Staff { roles, .. } if roles.can(voices::domain::Permission::Review) => {
            Some(Party::Moderator)
        }
        Actor::Staff { .. } => None,
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 2000, .. ProptestConfig::default() })]

    #[test]
    fn no_sequence_publishes_without_consent_and_approval_or_revives_withdrawn_words(
        start in any::<u8>(),
        two_person in any::<bool>(),
        steps in steps(),
    ) {
        let rules = Rules { two_person_publication: two_person };
        let mut item = Item::received(consent(start));
        // Every wording the survivor ever approved.
        let mut approved: Vec<String> = Vec::new();
        let mut withdrawn = false;
        for step in steps {
            let (who, cmd) = match step {
                Step::Checklist(done) => {
                    item.checklist_done = done;
                    continue;
                }
                Step::Do(a, k, x) => (actor(a), command(k, x)),
            };
            let before = item.clone();
            let decided = decide(&before, who, &cmd, rules);
            if withdrawn {
                prop_assert!(decided.is_err(), "a withdrawn item accepted {cmd:?}");
                continue;
            }
            let Ok(decision) = decided else { continue };
            let Some(party) = party(who) else {
                prop_assert!(false, "{who:?} without the review permission changed the item");
                unreachable!()
            };
            // The table allows it, and the decision goes where the table says
            // (two documented refinements aside).
            let table = next_state(before.state, cmd.action(), party);
            prop_assert!(table.is_some(), "{cmd:?} in {:?} is not in the table", before.state);
            let refined = matches!(cmd, Command::Publish | Command::ChangeConsent(_));
            if !refined {
                prop_assert_eq!(Some(decision.next), table);
            }
            if let Some(words) = &decision.publish {
                prop_assert_eq!(before.consent.usage, ConsentUse::Publish);
                prop_assert!(approved.contains(words), "published words never approved");
                let latest = before.proposal.as_ref().expect("a proposal exists");
                prop_assert_eq!(latest.status, ProposalStatus::Approved);
                prop_assert_eq!(&latest.text, words);
                prop_assert!(before.checklist_done);
                prop_assert_eq!(decision.next, ModerationState::Published);
            }
            if decision.next == ModerationState::Published && before.state != ModerationState::Published {
                prop_assert!(decision.publish.is_some(), "published without words");
            }
            if matches!(cmd, Command::Approve) {
                approved.push(before.proposal.as_ref().expect("approved a proposal").text.clone());
            }
            item = before.after(&decision);
            if let Some(holder) = item.claim {
                prop_assert!(holder == MO || holder == MAI, "claim held by {holder}");
            }
            if item.state == ModerationState::Withdrawn {
                withdrawn = true;
                prop_assert!(item.proposal.is_none() && item.claim.is_none());
            }
        }
    }
}
