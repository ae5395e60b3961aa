//! The counts one period adds to the disclosure system, and the lines between
//! them (rows, columns and totals of every table). Decides nothing about what
//! is hidden.

use std::collections::BTreeMap;

use super::spec::{with_not_given, DigestSpec, Slots, KINDS};
use crate::domain::disclosure::System;

/// The variables one period adds to a [`System`], by slot.
pub(super) struct PeriodVars {
    /// Every slot, in the order `DigestBody::cells` walks.
    pub(super) slots: Vec<String>,
    pub(super) vars: BTreeMap<String, usize>,
    /// Each service's variable and its answers' variables.
    pub(super) blocks: Vec<(usize, Vec<usize>)>,
}

/// Adds one period's counts and the lines between them: as lines the exact
/// check reads (`exact`, the period being built) or as links only the range
/// check reads (a released month of a quarter).
pub(super) fn add_period(
    system: &mut System,
    spec: &DigestSpec,
    counts: &BTreeMap<String, u64>,
    exact: bool,
) -> PeriodVars {
    let Slots {
        ages,
        regions,
        services,
        questions,
    } = Slots::of(spec);
    let mut slots: Vec<String> = Vec::new();
    let mut var = |system: &mut System, slot: String| -> usize {
        let v = system.var(counts.get(&slot).copied().unwrap_or(0));
        slots.push(slot);
        v
    };
    let mut lines: Vec<(Vec<usize>, usize)> = Vec::new();
    let mut grid: Vec<(Vec<usize>, usize)> = Vec::new();
    for l in with_not_given(&spec.languages) {
        let cells: Vec<usize> = KINDS
            .iter()
            .map(|k| var(system, format!("overview/{l}/{k}")))
            .collect();
        let total = var(system, format!("overview/{l}/total"));
        grid.push((cells, total));
    }
    let kind_totals: Vec<usize> = KINDS
        .iter()
        .map(|k| var(system, format!("overview/total/{k}")))
        .collect();
    let grand = var(system, "overview/total/total".into());
    for (cells, total) in &grid {
        lines.push((cells.clone(), *total));
    }
    for (j, &kt) in kind_totals.iter().enumerate() {
        lines.push((grid.iter().map(|(cells, _)| cells[j]).collect(), kt));
    }
    lines.push((grid.iter().map(|(_, t)| *t).collect(), grand));
    lines.push((kind_totals.clone(), grand));
    let feedback_total = kind_totals[1];

    for t in &spec.themes {
        var(system, format!("theme/{t}"));
    }
    let age_vars: Vec<usize> = ages
        .iter()
        .map(|a| var(system, format!("age/{a}")))
        .collect();
    lines.push((age_vars, grand));
    let region_vars: Vec<usize> = regions
        .iter()
        .map(|r| var(system, format!("region/{r}")))
        .collect();
    lines.push((region_vars, feedback_total));
    let mut service_vars = Vec::new();
    let mut blocks = Vec::new();
    for s in &services {
        let sv = var(system, format!("service/{s}"));
        service_vars.push(sv);
        let mut block = Vec::new();
        for (q, answers) in &questions {
            let cells: Vec<usize> = answers
                .iter()
                .map(|a| var(system, format!("service/{s}/{q}/{a}")))
                .collect();
            block.extend(cells.iter().copied());
            lines.push((cells, sv));
        }
        blocks.push((sv, block));
    }
    lines.push((service_vars, feedback_total));
    for (cells, total) in lines {
        if exact {
            system.line(cells, total);
        } else {
            system.link(cells, total);
        }
    }
    let first = system.len() - slots.len();
    let vars = slots
        .iter()
        .enumerate()
        .map(|(i, slot)| (slot.clone(), first + i))
        .collect();
    PeriodVars {
        slots,
        vars,
        blocks,
    }
}
