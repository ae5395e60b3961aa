//! Staff administration, settings, the audit log, personal preferences, and the
//! invitation link an invited person opens.
//!
//! The parts: staff and invitations (`staff`), moderation settings and the
//! alerts test (`settings`), the audit log (`audit`), personal preferences
//! (`preferences`), and the invitation link itself (`invitation`).
//! Nothing here logs what a staff member typed.

mod audit;
mod invitation;
mod preferences;
mod settings;
mod staff;

use rocket::{routes, Route};

use super::moderation::Answer;

pub fn routes() -> Vec<Route> {
    routes![
        staff::staff_page,
        staff::staff_post,
        settings::settings_page,
        settings::settings_post,
        settings::alerts_test,
        audit::audit,
        preferences::preferences,
        preferences::preferences_post,
        invitation::invitation_form,
        invitation::invitation_accept
    ]
}

fn see(to: &str) -> Answer {
    Answer::Redirect(Box::new(rocket::response::Redirect::to(to.to_owned())))
}
