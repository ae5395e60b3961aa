//! The page shell every view goes through: `<html lang dir>`, the title, and on
//! survivor pages the quick exit and the language switcher. It loads nothing
//! from another origin.

use maud::{html, Markup, DOCTYPE};

use crate::web::context::{Audience, PageContext};

/// The page shell. `heading` is the page's `<h1>`; `body` follows it.
pub fn page(ctx: &PageContext<'_>, heading: &str, body: Markup) -> Markup {
    let dir = ctx.lang.direction().as_str();
    let survivor = ctx.audience == Audience::Survivor;
    html! {
        (DOCTYPE)
        html lang=(ctx.lang.code()) dir=(dir) {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="referrer" content="no-referrer";
                meta name="robots" content="noindex, nofollow";
                // Survivor pages keep a neutral title: a glance at a tab or the
                // history says little. Staff pages name the page (WCAG 2.4.2).
                @if survivor {
                    title { (ctx.t("page-title")) }
                } @else {
                    title { (heading) " – " (ctx.t("site-name")) }
                }
                link rel="stylesheet" href="/static/voices.css";
                script src="/static/voices.js" defer {}
            }
            body class=(match ctx.audience { Audience::Survivor => "survivor", Audience::Staff => "staff" }) {
                a class="skip-link" href="#main" { (ctx.t("skip-to-content")) }
                @if survivor {
                    // Stays in view while the page scrolls.
                    a class="quick-exit" id="quick-exit" href=(ctx.quick_exit_url) rel="noreferrer" {
                        (ctx.t("quick-exit"))
                    }
                }
                header class="site-header" {
                    p class="site-name" { (ctx.t("site-name")) }
                    @if survivor {
                        (language_switcher(ctx))
                    }
                    @if let Some(staff) = &ctx.staff {
                        div class="staff-bar" {
                            span { (ctx.t_with("staff-signed-in-as", &[("name", staff.name.clone().into()), ("role", roles_text(ctx, staff.roles).into())])) }
                            @if let Some(csrf) = &ctx.csrf {
                                form method="post" action="/staff/logout" class="inline" {
                                    input type="hidden" name="csrf" value=(csrf);
                                    button type="submit" class="secondary" { (ctx.t("staff-sign-out")) }
                                }
                            }
                        }
                    }
                }
                @if let Some(staff) = &ctx.staff {
                    (staff_nav(ctx, staff.roles))
                }
                @if survivor {
                    p class="danger-now" { a href="tel:999" { (ctx.t("danger-now")) } }
                }
                main id="main" tabindex="-1" {
                    h1 { (heading) }
                    (body)
                }
                @if survivor {
                    (survivor_footer(ctx))
                }
            }
        }
    }
}

/// Who runs the site, and its privacy notice.
fn survivor_footer(ctx: &PageContext<'_>) -> Markup {
    let org = &ctx.site.organisation;
    html! {
        footer class="site-footer" {
            @if let Some(name) = org.name.as_deref().filter(|n| !n.trim().is_empty()) {
                p { (ctx.t_with("footer-run-by", &[("organisation", name.to_owned().into())])) }
            }
            p { a href=(format!("/{}/privacy", ctx.lang.code())) { (ctx.t("footer-privacy")) } }
        }
    }
}

/// Links to the same page in every launch language not hidden by the
/// organisation (`languages.hidden`), each named in its own script, at the top
/// of the page.
pub fn language_switcher(ctx: &PageContext<'_>) -> Markup {
    html! {
        nav class="languages" aria-label=(ctx.t("language-switcher")) {
            ul {
                @for lang in ctx.site.offered_languages() {
                    li {
                        @if lang == ctx.lang {
                            span lang=(lang.code()) dir=(lang.direction().as_str()) aria-current="page" { (lang.endonym()) }
                        } @else {
                            a lang=(lang.code()) dir=(lang.direction().as_str()) hreflang=(lang.code())
                                href=(format!("/{}/{}", lang.code(), ctx.path_after_lang)) { (lang.endonym()) }
                        }
                    }
                }
            }
        }
    }
}

/// The staff area's links, each shown only to those whose roles allow it.
fn staff_nav(ctx: &PageContext<'_>, roles: crate::domain::Roles) -> Markup {
    use crate::domain::Permission as P;
    let read_digests = format!("/{}/digests", ctx.lang.code());
    let links: [(&str, &str, Option<P>); 10] = [
        ("/staff", "nav-home", None),
        ("/staff/queue", "nav-queue", Some(P::ReadQueue)),
        (
            "/staff/safeguarding",
            "nav-safeguarding",
            Some(P::Safeguarding),
        ),
        ("/staff/guidelines", "nav-guidelines", None),
        ("/staff/admin/staff", "nav-staff", Some(P::ManageStaff)),
        (
            "/staff/admin/settings",
            "nav-settings",
            Some(P::ManageSettings),
        ),
        ("/staff/audit", "nav-audit", Some(P::ReadAudit)),
        (
            "/staff/admin/digests",
            "nav-digests",
            Some(P::RespondToDigests),
        ),
        // The published digests, for everyone who reads them.
        (&read_digests, "nav-read-digests", Some(P::ReadDigests)),
        ("/staff/preferences", "nav-preferences", None),
    ];
    html! {
        nav class="staff-nav" aria-label=(ctx.t("nav-label")) {
            ul {
                @for (href, key, permission) in links {
                    @if permission.is_none_or(|p| roles.can(p)) {
                        li { a href=(href) { (ctx.t(key)) } }
                    }
                }
            }
        }
    }
}

/// A person's roles, named in the page's language.
pub fn roles_text(ctx: &PageContext<'_>, roles: crate::domain::Roles) -> String {
    roles
        .iter()
        .map(|r| ctx.t(&role_key(r)))
        .collect::<Vec<_>>()
        .join(ctx.lang.list_separator())
}

/// The Fluent key for a role's name.
pub fn role_key(role: crate::domain::Role) -> String {
    format!("staff-role-{}", role.as_str().replace('_', "-"))
}

/// An error summary at the top of a form: a heading and a list of messages.
pub fn error_summary(ctx: &PageContext<'_>, messages: &[String]) -> Markup {
    html! {
        @if !messages.is_empty() {
            // Takes focus (with the script, or the browser's autofocus), so a
            // screen reader starts at what went wrong.
            div class="error-summary" role="alert" tabindex="-1" id="error-summary" autofocus {
                h2 { (ctx.t("form-error-summary")) }
                ul {
                    @for message in messages {
                        li { (message) }
                    }
                }
            }
        }
    }
}

/// A labelled input with its hint and error tied to it for screen readers.
pub struct Field<'a> {
    pub name: &'a str,
    pub label: String,
    pub kind: &'a str,
    pub value: &'a str,
    pub hint: Option<String>,
    pub error: Option<String>,
    pub autocomplete: &'a str,
}

impl Field<'_> {
    pub fn render(&self) -> Markup {
        let hint_id = format!("{}-hint", self.name);
        let error_id = format!("{}-error", self.name);
        let mut described = Vec::new();
        if self.hint.is_some() {
            described.push(hint_id.clone());
        }
        if self.error.is_some() {
            described.push(error_id.clone());
        }
        html! {
            div class=(if self.error.is_some() { "field has-error" } else { "field" }) {
                label for=(self.name) { (self.label) }
                @if let Some(hint) = &self.hint {
                    p class="hint" id=(hint_id) { (hint) }
                }
                @if let Some(error) = &self.error {
                    p class="error" id=(error_id) { (error) }
                }
                input id=(self.name) name=(self.name) type=(self.kind) value=(self.value)
                    autocomplete=(self.autocomplete) required
                    aria-invalid=[self.error.as_ref().map(|_| "true")]
                    aria-describedby=[(!described.is_empty()).then(|| described.join(" "))];
            }
        }
    }
}
