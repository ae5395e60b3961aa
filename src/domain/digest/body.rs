//! Everything a digest publishes, as stored: cells by stable key in a fixed
//! order, so the same facts give the same bytes. Holds published cells only,
//! never a true count; quotes are not part of it.

use serde::{Deserialize, Serialize};

use super::period::Period;
use crate::domain::disclosure::{Cell, Trend};

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counted {
    pub key: String,
    pub count: CellOf,
}

/// A cell as stored: `{"count": n | null, "suppressed": bool}`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct CellOf {
    pub count: Option<u64>,
    pub suppressed: bool,
}

impl From<Cell> for CellOf {
    fn from(c: Cell) -> Self {
        CellOf {
            count: c.count,
            suppressed: c.suppressed,
        }
    }
}

impl From<CellOf> for Cell {
    fn from(c: CellOf) -> Self {
        Cell {
            count: c.count,
            suppressed: c.suppressed,
        }
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ThemeFigure {
    pub key: String,
    pub count: CellOf,
    /// The same theme in the previous period, when both are published.
    pub previous: Option<u64>,
    pub trend: Option<Trend>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct LanguageRow {
    pub key: String,
    /// One per kind, in [`KINDS`](super::KINDS) order.
    pub kinds: Vec<CellOf>,
    pub total: CellOf,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Overview {
    pub kinds: Vec<String>,
    pub languages: Vec<LanguageRow>,
    pub kind_totals: Vec<CellOf>,
    pub total: CellOf,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AnswerFigure {
    pub key: String,
    pub count: CellOf,
    /// Of the service's feedback, from the published figures.
    pub percent: Option<u64>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct QuestionFigures {
    pub key: String,
    pub answers: Vec<AnswerFigure>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ServiceFigures {
    pub key: String,
    pub count: CellOf,
    pub questions: Vec<QuestionFigures>,
}

/// Everything a digest publishes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct DigestBody {
    pub format: u32,
    pub period: Period,
    pub months: Vec<String>,
    pub overview: Overview,
    pub themes: Vec<ThemeFigure>,
    pub age_bands: Vec<Counted>,
    pub regions: Vec<Counted>,
    pub services: Vec<ServiceFigures>,
    /// No item at all in the period: said outright, so that the quarter it is
    /// in need not hide what its other months publish. Absent when false.
    #[serde(default, skip_serializing_if = "is_false")]
    pub empty: bool,
}

fn is_false(b: &bool) -> bool {
    !*b
}

impl DigestBody {
    pub const FORMAT: u32 = 1;

    /// The stored bytes: compact JSON in the body's fixed order.
    pub fn to_bytes(&self) -> Vec<u8> {
        serde_json::to_vec(self).expect("plain data always serialises")
    }

    /// Every cell with its slot name, in one order (the one [`build`](fn@super::build) uses).
    pub fn cells(&self) -> Vec<(String, CellOf)> {
        let mut out = Vec::new();
        let o = &self.overview;
        for row in &o.languages {
            for (k, cell) in o.kinds.iter().zip(&row.kinds) {
                out.push((format!("overview/{}/{k}", row.key), *cell));
            }
            out.push((format!("overview/{}/total", row.key), row.total));
        }
        for (k, cell) in o.kinds.iter().zip(&o.kind_totals) {
            out.push((format!("overview/total/{k}"), *cell));
        }
        out.push(("overview/total/total".into(), o.total));
        for t in &self.themes {
            out.push((format!("theme/{}", t.key), t.count));
        }
        for a in &self.age_bands {
            out.push((format!("age/{}", a.key), a.count));
        }
        for r in &self.regions {
            out.push((format!("region/{}", r.key), r.count));
        }
        for s in &self.services {
            out.push((format!("service/{}", s.key), s.count));
            for q in &s.questions {
                for a in &q.answers {
                    out.push((format!("service/{}/{}/{}", s.key, q.key, a.key), a.count));
                }
            }
        }
        out
    }

    pub fn theme(&self, key: &str) -> Option<&ThemeFigure> {
        self.themes.iter().find(|t| t.key == key)
    }
}
