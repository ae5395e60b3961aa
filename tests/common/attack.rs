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
