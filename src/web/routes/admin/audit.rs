//! The audit log page: both chains, a page at a time, with staff names, and
//! their verification on request. It only reads.

use std::collections::HashMap;

use maud::Markup;
use rocket::get;

use crate::app;
use crate::domain::Permission;
use crate::error::AppError;
use crate::storage::events;
use crate::web::staffer::Staffer;
use crate::web::views::admin::{self as view, AuditView};

const AUDIT_PAGE: i64 = 50;

#[get("/staff/audit?<chain>&<page>&<verify>")]
pub(super) async fn audit(
    staff: Staffer<'_>,
    chain: Option<&str>,
    page: Option<i64>,
    verify: Option<bool>,
) -> Result<Markup, AppError> {
    staff.require(Permission::ReadAudit)?;
    let survivor = chain == Some("survivor");
    let page = page.unwrap_or(1).clamp(1, 1_000_000);
    let key = staff.services.audit.clone();
    let (staff_events, survivor_events, total, names, verified) = staff
        .services
        .run(move |conn| {
            let offset = (page - 1) * AUDIT_PAGE;
            let (staff_events, survivor_events, total) = if survivor {
                let (rows, total) = events::survivor_page(conn, offset, AUDIT_PAGE)?;
                (Vec::new(), rows, total)
            } else {
                let (rows, total) = events::staff_page(conn, offset, AUDIT_PAGE)?;
                (rows, Vec::new(), total)
            };
            let names: HashMap<i64, String> = app::staff::list(conn)?
                .into_iter()
                .map(|r| (r.id, r.name))
                .collect();
            let verified = if verify == Some(true) {
                Some(app::audit::verify(conn, &key)?)
            } else {
                None
            };
            Ok((staff_events, survivor_events, total, names, verified))
        })
        .await?;
    let verified = verified.map(|v| match v.first_break {
        None => Ok((v.staff_events, v.survivor_events)),
        Some(b) => Err(staff.ctx.t_with(
            "audit-broken",
            &[
                (
                    "chain",
                    staff
                        .ctx
                        .t(match b.chain {
                            events::Chain::Staff => "audit-staff-chain",
                            events::Chain::Survivor => "audit-survivor-chain",
                        })
                        .into(),
                ),
                ("id", b.id.into()),
            ],
        )),
    });
    Ok(view::audit(
        &staff.ctx,
        &AuditView {
            staff_events: &staff_events,
            survivor_events: &survivor_events,
            names: &names,
            chain: if survivor { "survivor" } else { "staff" },
            page,
            pages: ((total + AUDIT_PAGE - 1) / AUDIT_PAGE).max(1),
            verified,
        },
    ))
}
