//! The analyst's linear program, made smaller, and the solver runs that certify
//! which hidden counts reach 0 and the threshold. Only the range check uses it;
//! a solver that cannot say counts as narrowed, never as safe.

use super::small_counts::THRESHOLD;

/// The analyst's linear program, made smaller: column bounds, and rows that
/// must each sum to 0.
pub(super) struct Reduced {
    pub(super) columns: Vec<(f64, f64)>,
    pub(super) rows: Vec<Vec<(usize, f64)>>,
}

impl Reduced {
    /// The objectives for which no solution reaches `goal`.
    pub(super) fn certify(&self, objectives: &[Vec<(usize, f64)>], goal: Goal) -> Vec<usize> {
        let mut open: Vec<usize> = (0..objectives.len())
            .filter(|&i| !(goal == Goal::Zero && objectives[i].is_empty()))
            .collect();
        let mut failed = Vec::new();
        let mut alone = false;
        while !open.is_empty() {
            let batch: Vec<usize> = if alone { vec![open[0]] } else { open.clone() };
            match self.solve(objectives, &batch, goal) {
                Some(reached) => {
                    let before = open.len();
                    open.retain(|i| !reached.contains(i));
                    if alone && open.first() == batch.first() {
                        failed.push(open.remove(0));
                    } else if open.len() == before {
                        alone = true;
                    }
                }
                // The solver could not say: count it as narrowed, so that more
                // is hidden (never published on a doubt).
                None => {
                    if alone {
                        failed.push(open.remove(0));
                    } else {
                        alone = true;
                    }
                }
            }
        }
        failed
    }

    /// One program pushing every objective of `batch` towards `goal`: all to
    /// 0 (minimise their sum), or as many as it can to [`THRESHOLD`]
    /// (maximise the sum of t ≤ objective, t ≤ THRESHOLD). Returns the
    /// objectives that got there.
    fn solve(
        &self,
        objectives: &[Vec<(usize, f64)>],
        batch: &[usize],
        goal: Goal,
    ) -> Option<Vec<usize>> {
        use microlp::{ComparisonOp, OptimizationDirection, Problem};
        let mut problem = Problem::new(match goal {
            Goal::Zero => OptimizationDirection::Minimize,
            Goal::Threshold => OptimizationDirection::Maximize,
        });
        let mut cost = vec![0.0; self.columns.len()];
        if goal == Goal::Zero {
            for &i in batch {
                for &(c, k) in &objectives[i] {
                    cost[c] += k;
                }
            }
        }
        let xs: Vec<microlp::Variable> = self
            .columns
            .iter()
            .zip(&cost)
            .map(|(&bounds, &k)| problem.add_var(k, bounds))
            .collect();
        if goal == Goal::Threshold {
            for &i in batch {
                let t = problem.add_var(1.0, (0.0, THRESHOLD as f64));
                let mut expr = vec![(t, 1.0)];
                expr.extend(objectives[i].iter().map(|&(c, k)| (xs[c], -k)));
                problem.add_constraint(expr, ComparisonOp::Le, 0.0);
            }
        }
        for row in &self.rows {
            if row.is_empty() {
                continue;
            }
            let expr: Vec<(microlp::Variable, f64)> =
                row.iter().map(|&(c, k)| (xs[c], k)).collect();
            problem.add_constraint(expr, ComparisonOp::Eq, 0.0);
        }
        let solution = problem.solve().ok()?.into_solution().ok()?;
        Some(
            batch
                .iter()
                .copied()
                .filter(|&i| {
                    let value: f64 = objectives[i]
                        .iter()
                        .map(|&(c, k)| k * solution.var_value(xs[c]))
                        .sum();
                    goal.reached(value)
                })
                .collect(),
        )
    }
}

/// What a range check tries to reach for a suppressed count.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Goal {
    Zero,
    Threshold,
}

impl Goal {
    /// Solver values are floating point: within a millionth counts.
    fn reached(self, value: f64) -> bool {
        match self {
            Goal::Zero => value <= 1e-6,
            Goal::Threshold => value >= THRESHOLD as f64 - 1e-6,
        }
    }
}
