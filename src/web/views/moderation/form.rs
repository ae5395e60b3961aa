//! What the person typed into an item's forms, where the notice after an action
//! shows, and the small form pieces both item pages share (a one-button action,
//! a group of checkboxes). No page of its own.

use maud::{html, Markup};

use crate::app::moderation::ItemView;
use crate::web::context::PageContext;

/// What the person typed into an item's forms, given back with an error.
#[derive(Default, Clone)]
pub struct ItemForm {
    pub edit: Option<String>,
    pub message: Option<String>,
    pub note: Option<String>,
    pub errors: Vec<String>,
    pub notice: Option<String>,
    /// What was just done (a `done` key), so its notice shows in its section.
    pub done: Option<String>,
}

impl ItemForm {
    /// The notice, where the section named `done` shows it (or at the top).
    pub(super) fn notice_in(&self, sections: &[&str]) -> Option<&String> {
        let here = match self.done.as_deref() {
            Some(done) => sections.contains(&done),
            None => sections.is_empty(),
        };
        self.notice.as_ref().filter(|_| here)
    }
}

/// Where an item page shows the notice after each action (others at the top).
const SECTION_NOTICES: [&str; 4] = ["review", "message", "ask", "note"];

pub(super) fn notice_box(notice: Option<&String>) -> Markup {
    html! {
        @if let Some(notice) = notice {
            div class="notice success" role="status" { p { (notice) } }
        }
    }
}

pub(super) fn top_notice(form: &ItemForm) -> Markup {
    let at_top = form
        .done
        .as_deref()
        .is_none_or(|d| !SECTION_NOTICES.contains(&d));
    notice_box(form.notice.as_ref().filter(|_| at_top))
}

pub(super) fn action_form(
    ctx: &PageContext<'_>,
    item: &ItemView,
    action: &str,
    label: &str,
    class: &str,
) -> Markup {
    html! {
        form method="post" action=(format!("/staff/items/{}", item.id)) class="inline" {
            input type="hidden" name="csrf" value=[ctx.csrf.as_deref()];
            input type="hidden" name="version" value=(item.version);
            button type="submit" name="do" value=(action) class=(class) { (label) }
        }
    }
}

pub(super) fn checkboxes(
    name: &str,
    legend: &str,
    options: &[(String, String)],
    chosen: &[String],
) -> Markup {
    html! {
        fieldset class="field" id=(name) {
            legend { (legend) }
            div class="choices" {
                @for (value, label) in options {
                    @let id = format!("{name}-{value}");
                    div class="choice" {
                        input type="checkbox" id=(id) name=(name) value=(value) checked[chosen.contains(value)];
                        label for=(id) { (label) }
                    }
                }
            }
        }
    }
}
