//! The attacker of the disclosure tests: exact linear algebra over the
//! published totals, by a method independent of the protection it attacks.

/// The suppressed variables an attacker who knows every published value and
/// every line can solve for. Each line says `sum(cells) = total`; with the
/// published values moved to the right-hand side it is an equation in the
/// suppressed ones. `x_k` is determined exactly when the unit vector `e_k` lies
/// in the row space: in the reduced row echelon form, `k` is a pivot column
/// whose row has no other non-zero entry (no free variable moves it).
///
/// Integer arithmetic throughout: rows are combined without division and
/// divided by the gcd of their entries, so the answer is exact (an overflow
/// panics rather than answering wrongly).
pub fn recoverable(n: usize, lines: &[(Vec<usize>, usize)], hidden: &[bool]) -> Vec<usize> {
    let unknowns: Vec<usize> = (0..n).filter(|&v| hidden[v]).collect();
    let column = |v: usize| unknowns.binary_search(&v).ok();
    let mut rows: Vec<Vec<i128>> = lines
        .iter()
        .map(|(cells, total)| {
            let mut row = vec![0i128; unknowns.len()];
            for &c in cells {
                if let Some(j) = column(c) {
                    row[j] += 1;
                }
            }
            if let Some(j) = column(*total) {
                row[j] -= 1;
            }
            row
        })
        .filter(|row| row.iter().any(|&x| x != 0))
        .collect();
    let mut pivots: Vec<(usize, usize)> = Vec::new();
    let mut next = 0;
    for col in 0..unknowns.len() {
        let Some(p) = (next..rows.len()).find(|&r| rows[r][col] != 0) else {
            continue;
        };
        rows.swap(next, p);
        let pivot_row = rows[next].clone();
        let pivot = pivot_row[col];
        for (r, row) in rows.iter_mut().enumerate() {
            let f = row[col];
            if r == next || f == 0 {
                continue;
            }
            for (x, &y) in row.iter_mut().zip(&pivot_row) {
                *x = *x * pivot - y * f;
            }
            normalise(row);
        }
        pivots.push((next, col));
        next += 1;
        if next == rows.len() {
            break;
        }
    }
    pivots
        .into_iter()
        .filter(|&(r, _)| rows[r].iter().filter(|&&x| x != 0).count() == 1)
        .map(|(_, col)| unknowns[col])
        .collect()
}

fn normalise(row: &mut [i128]) {
    let g = row.iter().fold(0i128, |g, &x| gcd(g, x.abs()));
    if g > 1 {
        for x in row.iter_mut() {
            *x /= g;
        }
    }
}

fn gcd(a: i128, b: i128) -> i128 {
    if b == 0 {
        a
    } else {
        gcd(b, a % b)
    }
}

/// Rank of an integer matrix by fraction-free (Bareiss) elimination, a method
/// independent of the one under test.
#[allow(dead_code)]
fn rank(mut m: Vec<Vec<i128>>) -> usize {
    let rows = m.len();
    if rows == 0 {
        return 0;
    }
    let cols = m[0].len();
    let mut rank = 0;
    let mut prev = 1i128;
    for c in 0..cols {
        let Some(p) = (rank..rows).find(|&r| m[r][c] != 0) else {
            continue;
        };
        m.swap(rank, p);
        for r in rank + 1..rows {
            for k in c + 1..cols {
                m[r][k] = (m[r][k] * m[rank][c] - m[rank][k] * m[r][c]) / prev;
            }
            m[r][c] = 0;
        }
        prev = m[rank][c];
        rank += 1;
        if rank == rows {
            break;
        }
    }
    rank
}

/// The same answer as [`recoverable`] by a second method, for the property
/// tests to cross-check it: `x_k` is determined exactly when removing its
/// column lowers the rank of the system in the suppressed unknowns. One rank
/// per unknown, so only for small systems.
#[allow(dead_code)]
pub fn recoverable_by_rank(n: usize, lines: &[(Vec<usize>, usize)], hidden: &[bool]) -> Vec<usize> {
    let unknowns: Vec<usize> = (0..n).filter(|&v| hidden[v]).collect();
    let matrix = |skip: Option<usize>| -> Vec<Vec<i128>> {
        lines
            .iter()
            .map(|(cells, total)| {
                unknowns
                    .iter()
                    .filter(|&&u| Some(u) != skip)
                    .map(|&u| {
                        let mut coef = cells.iter().filter(|&&c| c == u).count() as i128;
                        if *total == u {
                            coef -= 1;
                        }
                        coef
                    })
                    .collect()
            })
            .collect()
    };
    let full = rank(matrix(None));
    unknowns
        .iter()
        .copied()
        .filter(|&u| rank(matrix(Some(u))) < full)
        .collect()
}
