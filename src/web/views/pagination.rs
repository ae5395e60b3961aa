//! How many items a list holds, and the links between its pages. Long lists are
//! counted exactly up to a bound (see `storage::submissions::Counted`); past it the
//! page shows "1000+" and "Page 3 of 50+", so no page waits on counting a list no
//! one will page through.

use fluent_bundle::FluentValue;
use maud::{html, Markup};

use crate::storage::submissions::Counted;
use crate::web::context::PageContext;

/// A count for a translated message: a number (so plural forms apply), or
/// "1000+" when there are more.
pub fn count_value(count: Counted) -> FluentValue<'static> {
    if count.more {
        FluentValue::from(count_text(count))
    } else {
        FluentValue::from(count.total)
    }
}

/// The same count as plain text: "12" or "1000+".
pub fn count_text(count: Counted) -> String {
    if count.more {
        format!("{}+", count.total)
    } else {
        count.total.to_string()
    }
}

/// "Previous · Page 2 of 5 · Next", or nothing when everything fits on one page.
/// `link` gives the address of a page.
pub fn pager(
    ctx: &PageContext<'_>,
    page: i64,
    pages: i64,
    more: bool,
    link: impl Fn(i64) -> String,
) -> Markup {
    let of: FluentValue<'static> = if more {
        FluentValue::from(format!("{pages}+"))
    } else {
        FluentValue::from(pages)
    };
    html! {
        @if pages > 1 || more {
            nav class="pagination" aria-label=(ctx.t("pagination-label")) {
                @if page > 1 {
                    a href=(link(page - 1)) rel="prev" { (ctx.t("pagination-previous")) }
                }
                span { (ctx.t_with("pagination-position", &[("page", page.into()), ("pages", of)])) }
                @if page < pages || more {
                    a href=(link(page + 1)) rel="next" { (ctx.t("pagination-next")) }
                }
            }
        }
    }
}

/// The same pager with its links given: `previous` and `next` are present when
/// those pages exist. A page deeper than the count reached shows as "Page 1000
/// of 1000+", never past its own total.
pub fn linked_pager(
    ctx: &PageContext<'_>,
    page: i64,
    pages: i64,
    more: bool,
    previous: Option<String>,
    next: Option<String>,
) -> Markup {
    let shown = pages.max(page);
    let of: FluentValue<'static> = if more {
        FluentValue::from(format!("{shown}+"))
    } else {
        FluentValue::from(shown)
    };
    html! {
        @if previous.is_some() || next.is_some() {
            nav class="pagination" aria-label=(ctx.t("pagination-label")) {
                @if let Some(href) = &previous {
                    a href=(href) rel="prev" { (ctx.t("pagination-previous")) }
                }
                span { (ctx.t_with("pagination-position", &[("page", page.into()), ("pages", of)])) }
                @if let Some(href) = &next {
                    a href=(href) rel="next" { (ctx.t("pagination-next")) }
                }
            }
        }
    }
}
