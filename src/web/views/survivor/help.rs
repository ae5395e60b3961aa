//! Where to get help now: the crisis and support contacts for the page's language,
//! and the plain notice that Voices is not an emergency service. Never a promise
//! that Voices will answer or come.

use maud::{html, Markup};

use crate::policy::Resource;
use crate::web::context::PageContext;

/// Crisis and support contacts for the page's language.
pub fn crisis(ctx: &PageContext<'_>, resources: &[&Resource]) -> Markup {
    html! {
        section class="help-now" aria-labelledby="help-now-heading" {
            h2 id="help-now-heading" { (ctx.t("help-now-heading")) }
            p { (ctx.t("help-now-intro")) }
            ul class="resources" {
                @for r in resources {
                    li {
                        strong { (r.name.get(ctx.lang)) }
                        @if let Some(phone) = &r.phone {
                            " " span class="contact" { (ctx.t("resource-call")) " "
                                a href=(format!("tel:{}", phone.replace(' ', ""))) class="phone" dir="ltr" { (phone) } }
                        }
                        @if let Some(sms) = &r.sms {
                            " " span class="contact" { (ctx.t("resource-text")) " "
                                a href=(format!("sms:{}", sms.replace(' ', ""))) class="phone" dir="ltr" { (sms) } }
                        }
                        br;
                        span class="hint" { (r.when.get(ctx.lang)) }
                        @if let Some(more) = &r.more {
                            " " span class="hint" { (more.get(ctx.lang)) }
                        }
                        @if let Some(web) = &r.web {
                            " " a class="web" href=(web) rel="noreferrer" dir="ltr" { (web.trim_start_matches("https://").trim_start_matches("www.")) }
                        }
                    }
                }
            }
        }
    }
}

/// Said plainly wherever someone might write "I'm in danger": Voices cannot
/// come, and cannot answer fast.
pub(super) fn not_an_emergency_service(ctx: &PageContext<'_>) -> Markup {
    html! {
        div class="notice urgent-help" {
            p { strong { (ctx.t("not-emergency")) } }
        }
    }
}
