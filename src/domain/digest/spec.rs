//! What a digest counts by: the policy's keys in its order, and the slot each
//! fact falls in, every list ending in "not given". Never counts anything itself.

/// What a digest counts by: the keys from the policy, in its order.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct DigestSpec {
    pub languages: Vec<String>,
    pub themes: Vec<String>,
    pub age_bands: Vec<String>,
    pub regions: Vec<String>,
    pub services: Vec<String>,
    /// Each question and its answers.
    pub questions: Vec<(String, Vec<String>)>,
}

/// The slot for facts that do not say (no age band, no region, an answer not
/// given) or name a key the policy no longer has.
pub const NOT_GIVEN: &str = "not_given";
pub const KINDS: [&str; 2] = ["story", "feedback"];

pub(super) fn slot_of<'a>(keys: &'a [String], key: Option<&str>) -> &'a str {
    match key {
        Some(k) if keys.iter().any(|x| x == k) => keys.iter().find(|x| *x == k).unwrap(),
        _ => NOT_GIVEN,
    }
}

pub(super) fn with_not_given(keys: &[String]) -> Vec<String> {
    let mut out: Vec<String> = keys.iter().filter(|k| *k != NOT_GIVEN).cloned().collect();
    out.push(NOT_GIVEN.to_owned());
    out
}

/// The keys a digest counts by, each list ending in "not given".
pub(super) struct Slots {
    pub(super) ages: Vec<String>,
    pub(super) regions: Vec<String>,
    pub(super) services: Vec<String>,
    /// Each question and its answers.
    pub(super) questions: Vec<(String, Vec<String>)>,
}

impl Slots {
    pub(super) fn of(spec: &DigestSpec) -> Slots {
        Slots {
            ages: with_not_given(&spec.age_bands),
            regions: with_not_given(&spec.regions),
            services: with_not_given(&spec.services),
            questions: spec
                .questions
                .iter()
                .map(|(q, answers)| (q.clone(), with_not_given(answers)))
                .collect(),
        }
    }
}
