//! The moderation rules walked through as a moderator and a survivor meet them:
//! publication, the two-person rule, consent, claims, the second look.
//! Tests only: no I/O, no clock, no database.

use super::*;
use crate::domain::roles::{Role, Roles};

const ME: i64 = 7;
const OTHER: i64 = 8;

fn staff(id: i64) -> Actor {
    Actor::Staff {
        id,
        roles: Roles::one(Role::Moderator),
    }
}

fn consent(usage: ConsentUse, quotes: bool) -> Consent {
    Consent { usage, quotes }
}

fn run(item: &Item, actor: Actor, command: Command) -> Result<Item, Refusal> {
    decide(item, actor, &command, Rules::default()).map(|d| item.after(&d))
}

#[test]
fn the_whole_publication_path() {
    let item = Item::received(consent(ConsentUse::Publish, true));
    let item = run(&item, staff(ME), Command::Claim).unwrap();
    assert_eq!((item.state, item.claim), (S::InReview, Some(ME)));
    assert_eq!(
        run(&item, staff(OTHER), Command::Decline),
        Err(Refusal::ClaimedByOther)
    );
    let item = Item {
        checklist_done: true,
        ..item
    };
    let item = run(
        &item,
        staff(ME),
        Command::ProposeEdit {
            text: "I was moved to [place].".into(),
        },
    )
    .unwrap();
    assert_eq!((item.state, item.claim), (S::AwaitingSurvivor, None));
    assert_eq!(
        run(&item, staff(ME), Command::Publish),
        Err(Refusal::NotNow),
        "not before the survivor answers"
    );
    let item = run(&item, Actor::Survivor, Command::Approve).unwrap();
    assert_eq!(item.state, S::Approved);
    let decision = decide(&item, staff(OTHER), &Command::Publish, Rules::default()).unwrap();
    assert_eq!(decision.next, S::Published);
    assert_eq!(decision.publish.as_deref(), Some("I was moved to [place]."));
}

#[test]
fn two_people_publish_when_the_rule_is_on() {
    let mut item = Item::received(consent(ConsentUse::Publish, false));
    item.state = S::Approved;
    item.checklist_done = true;
    item.proposal = Some(Proposal {
        text: "words".into(),
        status: ProposalStatus::Approved,
    });
    let rules = Rules {
        two_person_publication: true,
    };
    let first = decide(&item, staff(ME), &Command::Publish, rules).unwrap();
    assert_eq!(first.next, S::Approved);
    assert_eq!(first.publish, None);
    let item = item.after(&first);
    assert_eq!(
        decide(&item, staff(ME), &Command::Publish, rules),
        Err(Refusal::SecondPersonNeeded)
    );
    let second = decide(&item, staff(OTHER), &Command::Publish, rules).unwrap();
    assert_eq!(second.next, S::Published);
    assert_eq!(second.publish.as_deref(), Some("words"));
}

#[test]
fn a_new_version_or_a_consent_change_needs_two_people_again() {
    let rules = Rules {
        two_person_publication: true,
    };
    let mut approved = Item::received(consent(ConsentUse::Publish, false));
    approved.state = S::Approved;
    approved.checklist_done = true;
    approved.proposal = Some(Proposal {
        text: "words".into(),
        status: ProposalStatus::Approved,
    });
    let requested =
        approved.after(&decide(&approved, staff(ME), &Command::Publish, rules).unwrap());
    assert_eq!(requested.publish_requested_by, Some(ME));

    // The team sends another version: its approval starts with nobody's request.
    let claimed = run(&requested, staff(OTHER), Command::Claim).unwrap();
    let again = run(
        &claimed,
        staff(OTHER),
        Command::ProposeEdit {
            text: "other words".into(),
        },
    )
    .unwrap();
    assert_eq!(again.publish_requested_by, None);
    let approved_again = run(&again, Actor::Survivor, Command::Approve).unwrap();
    let first = decide(&approved_again, staff(OTHER), &Command::Publish, rules).unwrap();
    assert_eq!(
        first.publish, None,
        "one person is not enough for the new words"
    );

    // The survivor changes their consent, even keeping "publish".
    let quotes = Command::ChangeConsent(consent(ConsentUse::Publish, true));
    let changed = run(&requested, Actor::Survivor, quotes).unwrap();
    assert_eq!(changed.publish_requested_by, None);
    // Saving the same consent again changes nothing.
    let same = Command::ChangeConsent(requested.consent);
    let kept = run(&requested, Actor::Survivor, same).unwrap();
    assert_eq!(kept.publish_requested_by, Some(ME));
}

#[test]
fn consent_and_checklist_guard_every_outcome() {
    let mut item = Item::received(consent(ConsentUse::TeamOnly, false));
    item.state = S::InReview;
    item.claim = Some(ME);
    assert_eq!(
        run(&item, staff(ME), Command::UseForThemes),
        Err(Refusal::ConsentDoesNotAllow)
    );
    assert_eq!(
        run(&item, staff(ME), Command::ProposeEdit { text: "x".into() }),
        Err(Refusal::ConsentDoesNotAllow)
    );
    assert_eq!(
        run(&item, staff(ME), Command::KeepForTeam),
        Err(Refusal::ChecklistIncomplete)
    );
    item.checklist_done = true;
    assert_eq!(
        run(&item, staff(ME), Command::KeepForTeam).unwrap().state,
        S::TeamOnly
    );
    // Themes only with quotes allowed: an edited version can be agreed for quotes.
    item.consent = consent(ConsentUse::ThemesOnly, true);
    assert!(run(&item, staff(ME), Command::ProposeEdit { text: "x".into() }).is_ok());
}

#[test]
fn practitioners_and_admins_alone_cannot_moderate() {
    let item = Item::received(consent(ConsentUse::Publish, true));
    for role in [Role::Practitioner, Role::Admin] {
        let actor = Actor::Staff {
            id: ME,
            roles: Roles::one(role),
        };
        assert_eq!(
            run(&item, actor, Command::Claim),
            Err(Refusal::RoleCannot),
            "{role}"
        );
    }
}

#[test]
fn a_second_look_goes_to_someone_else_once() {
    let mut item = Item::received(consent(ConsentUse::Publish, true));
    item.state = S::InReview;
    item.claim = Some(ME);
    let item = run(&item, staff(ME), Command::Decline).unwrap();
    assert_eq!(item.state, S::Declined);
    let item = run(&item, Actor::Survivor, Command::AskSecondLook).unwrap();
    assert_eq!(item.state, S::Received);
    assert_eq!(
        run(&item, staff(ME), Command::Claim),
        Err(Refusal::SecondLookNeedsAnother)
    );
    let item = run(&item, staff(OTHER), Command::Claim).unwrap();
    let item = run(&item, staff(OTHER), Command::Decline).unwrap();
    assert_eq!(
        run(&item, Actor::Survivor, Command::AskSecondLook),
        Err(Refusal::SecondLookUsed)
    );
}

#[test]
fn dropping_publish_consent_takes_an_approved_item_back() {
    let mut item = Item::received(consent(ConsentUse::Publish, false));
    item.state = S::Approved;
    item.proposal = Some(Proposal {
        text: "x".into(),
        status: ProposalStatus::Approved,
    });
    let item = run(
        &item,
        Actor::Survivor,
        Command::ChangeConsent(consent(ConsentUse::ThemesOnly, false)),
    )
    .unwrap();
    assert_eq!(item.state, S::Received);
    assert_eq!(
        item.proposal.map(|p| p.status),
        Some(ProposalStatus::Superseded)
    );
}

#[test]
fn only_a_lead_reopens_a_declined_item() {
    let mut item = Item::received(consent(ConsentUse::Publish, true));
    item.state = S::Declined;
    assert_eq!(
        run(&item, staff(ME), Command::Reopen),
        Err(Refusal::RoleCannot)
    );
    let lead = Actor::Staff {
        id: OTHER,
        roles: Roles::one(Role::SafeguardingLead),
    };
    assert_eq!(
        run(&item, lead, Command::Reopen).unwrap().state,
        S::Received
    );
    item.state = S::Published;
    assert_eq!(run(&item, lead, Command::Reopen), Err(Refusal::NotNow));
}

#[test]
fn a_claim_never_undoes_the_survivors_approval() {
    let mut item = Item::received(consent(ConsentUse::Publish, false));
    item.state = S::Approved;
    item.checklist_done = true;
    item.proposal = Some(Proposal {
        text: "words".into(),
        status: ProposalStatus::Approved,
    });
    // Publication needs no claim.
    assert!(decide(&item, staff(ME), &Command::Publish, Rules::default()).is_ok());
    // A claim keeps the approval, and the holder can still publish it.
    let held = run(&item, staff(ME), Command::Claim).unwrap();
    assert_eq!((held.state, held.claim), (S::Approved, Some(ME)));
    assert_eq!(held.proposal, item.proposal, "the approval stays");
    let published = decide(&held, staff(ME), &Command::Publish, Rules::default()).unwrap();
    assert_eq!(published.publish.as_deref(), Some("words"));
    // While a colleague holds it to change it, nobody else publishes it.
    assert_eq!(
        run(&held, staff(OTHER), Command::Publish),
        Err(Refusal::ClaimedByOther)
    );
    assert_eq!(
        run(
            &held,
            staff(OTHER),
            Command::ProposeEdit { text: "x".into() }
        ),
        Err(Refusal::ClaimedByOther)
    );
    // Only the holder's new version replaces the approved one; letting go
    // leaves it approved.
    let again = run(
        &held,
        staff(ME),
        Command::ProposeEdit { text: "new".into() },
    )
    .unwrap();
    assert_eq!(again.state, S::AwaitingSurvivor);
    let released = run(&held, staff(ME), Command::Release).unwrap();
    assert_eq!((released.state, released.claim), (S::Approved, None));
    assert_eq!(
        run(&item, staff(ME), Command::Release),
        Err(Refusal::NotYourClaim)
    );
}

#[test]
fn an_expired_claim_can_be_taken_over_and_withdrawal_is_final() {
    let mut item = Item::received(consent(ConsentUse::Publish, true));
    item.state = S::InReview;
    item.claim = None; // expired
    let item = run(&item, staff(OTHER), Command::Claim).unwrap();
    assert_eq!(item.claim, Some(OTHER));
    let gone = run(&item, Actor::Survivor, Command::Withdraw).unwrap();
    assert_eq!(gone.state, S::Withdrawn);
    for command in [Command::Claim, Command::Message, Command::Publish] {
        assert_eq!(run(&gone, staff(ME), command), Err(Refusal::NotNow));
    }
    assert_eq!(
        run(&gone, Actor::Survivor, Command::Withdraw),
        Err(Refusal::NotNow)
    );
}
