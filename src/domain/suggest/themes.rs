//! Suggested themes: each keyword of `themes.toml` found in the text counts for
//! its theme, and so does a safeguarding sign or combination that names the
//! theme; themes are ranked by how many of their keywords were found, and a
//! theme with less than a quarter of the strongest theme's keywords is left
//! out.

use super::lexicon::{Hit, Tag};

/// Theme indices (in file order of `themes.toml`), most likely first. `from_signals`
/// are the themes the safeguarding signs suggest (a debt, a goodbye); each
/// counts as one keyword.
pub(crate) fn rank(hits: &[Hit], from_signals: &[u16]) -> Vec<usize> {
    let mut counts: Vec<(usize, u32)> = Vec::new();
    for i in from_signals {
        counts.push((usize::from(*i), 1));
    }
    for hit in hits {
        if let Tag::Theme(i) = hit.tag {
            let i = usize::from(i);
            match counts.iter_mut().find(|(t, _)| *t == i) {
                Some((_, n)) => *n += 1,
                None => counts.push((i, 1)),
            }
        }
    }
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    // A theme with far fewer keywords than the strongest one is most often
    // a word in passing ("thanks" at the end of a story about a debt).
    let top = counts.first().map_or(0, |(_, n)| *n);
    counts
        .into_iter()
        .filter(|(_, n)| n * 4 > top)
        .map(|(i, _)| i)
        .collect()
}

#[cfg(test)]
mod tests {
    use crate::domain::suggest::testing::shipped;
    use crate::domain::{Language, SubmissionKind};

    fn themes(text: &str, lang: Language) -> Vec<String> {
        shipped().suggest(text, lang, SubmissionKind::Story).themes
    }

    #[test]
    fn keywords_suggest_their_theme_in_each_language() {
        for (lang, text, theme) in [
            (
                Language::En,
                "They made me pay back a debt that kept growing.",
                "debt_bondage",
            ),
            (
                Language::Vi,
                "Tôi phải trả nợ cho họ, món nợ không bao giờ hết.",
                "debt_bondage",
            ),
            (
                Language::Ar,
                "لم يستمع إلي أحد في مكتب الهجرة.",
                "not_listened_to",
            ),
            (Language::Sq, "Askush nuk më besoi.", "not_believed"),
            (
                Language::Ro,
                "Am fost nevoit să lucrez la o spălătorie auto fără bani.",
                "labour_exploitation",
            ),
            (Language::Ti, "ሓደ ዝተረጎመለይ ኣይነበረን።", "language_interpreters"),
            (Language::Fa, "هیچ کس حرفم را باور نکرد.", "not_believed"),
            (Language::Ps, "هېچا زما خبره ونه منله.", "not_believed"),
        ] {
            let got = themes(text, lang);
            assert!(got.iter().any(|t| t == theme), "{lang}: {text} -> {got:?}");
        }
    }

    #[test]
    fn more_keywords_rank_a_theme_higher() {
        let got = themes(
            "Nobody believed me. The police did not believe me and said I was lying. \
             I was not listened to once.",
            Language::En,
        );
        assert_eq!(
            got.first().map(String::as_str),
            Some("not_believed"),
            "{got:?}"
        );
    }
}
