//! The disclosure rules, attacked: random tables (with many small counts and
//! zeros) are protected, then every published count is checked (suppressed, or
//! at least 10 and a multiple of 5), and every suppressed count is attacked by
//! solving the linear system of the published totals in the test's own exact
//! arithmetic: no suppressed cell may be determined by it. A quarter made of
//! three published months is attacked the same way, with the months' figures.

#[path = "common/attack.rs"]
mod attack;

use attack::{recoverable, recoverable_by_rank};
use proptest::prelude::*;
use voices::domain::disclosure::{publish, Cell, System};

/// A table with row, column and grand totals, as the digests build them.
fn table(system: &mut System, grid: &[Vec<u64>]) -> Vec<usize> {
    let mut vars = Vec::new();
    let cells: Vec<Vec<usize>> = grid
        .iter()
        .map(|r| r.iter().map(|&n| system.var(n)).collect())
        .collect();
    let width = grid[0].len();
    let rows: Vec<usize> = grid.iter().map(|r| system.var(r.iter().sum())).collect();
    let cols: Vec<usize> = (0..width)
        .map(|j| system.var(grid.iter().map(|r| r[j]).sum()))
        .collect();
    let grand = system.var(grid.iter().flatten().sum());
    for (i, r) in cells.iter().enumerate() {
        system.line(r.clone(), rows[i]);
    }
    for j in 0..width {
        system.line(cells.iter().map(|r| r[j]).collect(), cols[j]);
    }
    system.line(rows.clone(), grand);
    system.line(cols.clone(), grand);
    vars.extend(cells.into_iter().flatten());
    vars.extend(rows);
    vars.extend(cols);
    vars.push(grand);
    vars
}

fn small_count() -> impl Strategy<Value = u64> {
    prop_oneof![3 => 0u64..10, 2 => 10u64..40, 1 => 40u64..300]
}

fn grid() -> impl Strategy<Value = Vec<Vec<u64>>> {
    (1usize..5, 1usize..5).prop_flat_map(|(r, c)| {
        proptest::collection::vec(proptest::collection::vec(small_count(), c), r)
    })
}

fn check_published(cells: &[Cell]) -> Result<(), TestCaseError> {
    for cell in cells {
        match cell.count {
            None => prop_assert!(cell.suppressed),
            Some(n) => {
                prop_assert!(!cell.suppressed);
                prop_assert!(n >= 10 && n % 5 == 0, "published {n}");
            }
        }
    }
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(300))]

    #[test]
    fn no_published_count_is_small_or_unrounded_and_no_suppressed_cell_is_recoverable(grid in grid()) {
        let mut system = System::new();
        table(&mut system, &grid);
        let hidden = system.protect();
        check_published(&publish(&system, &hidden))?;
        let found = recoverable(system.len(), system.lines(), &hidden);
        prop_assert!(found.is_empty(), "recovered {:?} of {:?} hidden {:?}", found, grid, hidden);
    }

    #[test]
    fn the_attacker_agrees_with_a_second_method_on_any_pattern(
        grid in grid(),
        pattern in proptest::collection::vec(any::<bool>(), 64),
    ) {
        // Any suppression pattern, protected or not: the elimination the
        // attacks use and a rank test per cell find the same recoverable cells.
        let mut system = System::new();
        table(&mut system, &grid);
        let hidden: Vec<bool> = (0..system.len()).map(|v| pattern[v % pattern.len()]).collect();
        prop_assert_eq!(
            recoverable(system.len(), system.lines(), &hidden),
            recoverable_by_rank(system.len(), system.lines(), &hidden)
        );
    }

    #[test]
    fn a_line_of_cells_and_its_total_never_gives_a_cell_away(cells in proptest::collection::vec(small_count(), 1..12)) {
        let mut system = System::new();
        let vars: Vec<usize> = cells.iter().map(|&n| system.var(n)).collect();
        let total = system.var(cells.iter().sum());
        system.line(vars, total);
        let hidden = system.protect();
        check_published(&publish(&system, &hidden))?;
        prop_assert!(recoverable(system.len(), system.lines(), &hidden).is_empty());
    }

    #[test]
    fn a_quarter_gives_nothing_away_with_its_published_months(
        months in (1usize..4, 1usize..4).prop_flat_map(|(r, c)| {
            proptest::collection::vec(
                proptest::collection::vec(proptest::collection::vec(small_count(), c), r),
                3,
            )
        })
    ) {
        // One combined system: three months, the quarter, and the lines that
        // say each quarter figure is the sum of its months.
        let mut combined = System::new();
        let mut month_hidden = Vec::new();
        let mut month_vars = Vec::new();
        for grid in &months {
            let mut alone = System::new();
            table(&mut alone, grid);
            let hidden = alone.protect();
            check_published(&publish(&alone, &hidden))?;
            month_vars.push(table(&mut combined, grid));
            month_hidden.push(hidden);
        }
        let quarter_grid: Vec<Vec<u64>> = (0..months[0].len())
            .map(|i| (0..months[0][0].len()).map(|j| months.iter().map(|g| g[i][j]).sum()).collect())
            .collect();
        let mut quarter = System::new();
        let local = table(&mut quarter, &quarter_grid);
        for &v in &local {
            let hidden_in: Vec<bool> = month_hidden.iter().map(|h| h[v]).collect();
            quarter.quarter_of(v, &hidden_in);
        }
        let quarter_hidden = quarter.protect();
        check_published(&publish(&quarter, &quarter_hidden))?;
        let quarter_vars = table(&mut combined, &quarter_grid);
        for (k, &q) in quarter_vars.iter().enumerate() {
            combined.line(month_vars.iter().map(|m| m[k]).collect(), q);
        }
        let mut hidden = vec![false; combined.len()];
        for (m, vars) in month_vars.iter().enumerate() {
            for (k, &v) in vars.iter().enumerate() {
                hidden[v] = month_hidden[m][local[k]];
            }
        }
        for (k, &v) in quarter_vars.iter().enumerate() {
            hidden[v] = quarter_hidden[local[k]];
        }
        let found = recoverable(combined.len(), combined.lines(), &hidden);
        prop_assert!(found.is_empty(), "recovered {:?}", found);
    }
}

#[test]
fn the_attack_finds_a_cell_left_alone_in_its_line() {
    // The attacker in this file is not toothless: one suppressed cell beside a
    // published total is found.
    let lines = vec![(vec![0, 1, 2], 3)];
    assert_eq!(
        recoverable(4, &lines, &[true, false, false, false]),
        vec![0]
    );
    assert!(recoverable(4, &lines, &[true, true, false, false]).is_empty());
    // Two hidden cells that share a row are each found from their columns:
    // cells 0 1 / 2 3, row totals 4 5, column totals 6 7.
    let table = vec![
        (vec![0, 1], 4),
        (vec![2, 3], 5),
        (vec![0, 2], 6),
        (vec![1, 3], 7),
    ];
    let mut hidden = vec![false; 8];
    hidden[0] = true;
    hidden[1] = true;
    assert_eq!(recoverable(8, &table, &hidden), vec![0, 1]);
    // All four hidden, totals published: one free variable, nothing found.
    hidden[2] = true;
    hidden[3] = true;
    assert!(recoverable(8, &table, &hidden).is_empty());
    // A hidden total is found from its published cells.
    let mut hidden = vec![false; 8];
    hidden[4] = true;
    assert_eq!(recoverable(8, &table, &hidden), vec![4]);
}
