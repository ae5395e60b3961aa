//! Days and times as people read them: "7 Dec 2026" and "7 Dec 2026, 13:58 UTC"
//! in the page's language, in a `<time>` element that keeps its machine form,
//! isolated from the text around it (so a right-to-left page never reorders its
//! parts) and never broken across lines. Anything that cannot be read as a date
//! is shown as stored, marked left to right.

use maud::{html, Markup};

use crate::web::context::PageContext;

/// A stored day (`2026-12-07`) or UTC minute (`2026-12-07T13:58Z`), split.
fn parse(stored: &str) -> Option<(u32, u32, u32, Option<&str>)> {
    let (day, rest) = match stored.split_once('T') {
        Some((day, time)) => (day, Some(time.trim_end_matches('Z'))),
        None => (stored, None),
    };
    let mut parts = day.splitn(3, '-');
    let year = parts.next()?.parse().ok()?;
    let month: u32 = parts.next()?.parse().ok()?;
    let day: u32 = parts.next()?.parse().ok()?;
    let time = rest.filter(|t| {
        t.len() == 5
            && t.as_bytes()[2] == b':'
            && t.chars().filter(|c| c.is_ascii_digit()).count() == 4
    });
    ((1..=12).contains(&month) && (1..=31).contains(&day)).then_some((year, month, day, time))
}

fn month_key(month: u32) -> &'static str {
    const KEYS: [&str; 12] = [
        "month-1", "month-2", "month-3", "month-4", "month-5", "month-6", "month-7", "month-8",
        "month-9", "month-10", "month-11", "month-12",
    ];
    KEYS[(month as usize - 1) % 12]
}

/// The words for a stored day or minute; what cannot be read is shown as stored.
/// Without Fluent's isolation marks: the element around a date isolates it.
pub fn text(ctx: &PageContext<'_>, stored: &str) -> String {
    words(ctx, stored).replace(['\u{2068}', '\u{2069}'], "")
}

fn words(ctx: &PageContext<'_>, stored: &str) -> String {
    let Some((year, month, day, time)) = parse(stored) else {
        return stored.to_owned();
    };
    let date = ctx.t_with(
        "date-day",
        &[
            ("day", day.into()),
            ("month", ctx.t(month_key(month)).into()),
            ("year", year.to_string().into()),
        ],
    );
    match time {
        Some(time) => ctx.t_with(
            "date-time",
            &[
                ("date", date.into()),
                ("time", time.to_owned().into()),
                ("zone", "UTC".into()),
            ],
        ),
        None => date,
    }
}

/// A day or minute in a `<time>` element: readable, isolated, unbroken.
pub fn when(ctx: &PageContext<'_>, stored: &str) -> Markup {
    html! {
        @if parse(stored).is_some() {
            time class="date" datetime=(stored) dir=(ctx.lang.direction().as_str()) { (text(ctx, stored)) }
        } @else {
            span class="date" dir="ltr" { (stored) }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_days_and_minutes_are_read_and_anything_else_is_not() {
        assert_eq!(parse("2026-12-07"), Some((2026, 12, 7, None)));
        assert_eq!(
            parse("2026-12-07T13:58Z"),
            Some((2026, 12, 7, Some("13:58")))
        );
        assert_eq!(parse("2026-13-07"), None);
        assert_eq!(parse("2026-12"), None);
        assert_eq!(parse("soon"), None);
        assert_eq!(parse("2026-12-07T<b>Z"), Some((2026, 12, 7, None)));
    }
}
