//! The content of the version being rendered, as a release freezes it
//! (`versions::format::Snapshot`): each kind of fact the changelog compares,
//! in each language's words, and each section's prose as text.
//!
//! One function per kind, each reading the model through the same localizer
//! the page uses, so the snapshot says what the page says. When the model
//! gains fields (closed-list legal bases, transfer safeguards on recipients),
//! these functions are the one place that maps them into the frozen format.

use super::localize::Localizer;
use super::view::PageView;
use crate::model::entity::ViewContext;
use crate::model::*;
use crate::prose::Html;
use crate::translate::messages::entity_message;
use crate::versions::format::*;

/// One language's edition of the version being rendered.
pub fn edition(tx: &Localizer<'_>, page: &PageView) -> Edition {
    let d = &tx.notice.data;
    Edition {
        title: page.title.clone(),
        effective_date: page.effective_date.clone(),
        rules: d.retention.items.iter().map(|r| rule(tx, r)).collect(),
        purposes: d.purposes.items.iter().map(|p| purpose(tx, p)).collect(),
        legal_bases: d
            .legal_bases
            .items
            .iter()
            .map(|b| legal_basis(tx, b))
            .collect(),
        recipients: d
            .recipients
            .items
            .iter()
            .map(|r| recipient(tx, r))
            .collect(),
        subprocessors: d
            .subprocessors
            .items
            .iter()
            .map(|s| subprocessor(tx, s))
            .collect(),
        affiliates: Some(
            d.affiliates
                .items
                .iter()
                .map(|a| AffiliateDigest {
                    id: a.id.as_str().to_string(),
                    name: a.name.value.clone(),
                    transfer: transfer(tx, &a.transfer("")),
                })
                .collect(),
        ),
        cookies: Some(d.cookies.items.iter().map(|c| cookie(tx, c)).collect()),
        sources: Some(d.sources.items.iter().map(|s| source(tx, s)).collect()),
        rights: d.rights.items.iter().map(|r| right(tx, r)).collect(),
        contacts: contacts(tx),
        sections: page
            .sections
            .iter()
            .map(|s| SectionDigest {
                id: s.id.clone(),
                number: s.number.clone(),
                title: s.title.as_ref().map(html_text),
                text: s.parts.iter().map(html_text).collect::<Vec<_>>().join("\n"),
            })
            .collect(),
    }
}

fn text(tx: &Localizer<'_>, kind: Kind, id: &str, field: &str, fallback: &str) -> String {
    tx.plain(&entity_message(kind, id, field), fallback)
}

fn name(tx: &Localizer<'_>, kind: Kind, id: &str) -> String {
    html_text(&ViewContext::name_of(tx, kind, id))
}

/// The rule as the retention table words it: the period, its upper bound
/// and its early ends.
pub fn rule_text(tx: &Localizer<'_>, r: &RetentionRule) -> String {
    let mut parts = vec![tx.period_phrase(&r.alternatives(), r.qualifier(), r.start())];
    if let Some(max) = r.max() {
        let period = tx.period(&Period::Duration(max));
        parts.push(tx.ui("retention-max-value", &[("period", &period)]));
    }
    let early: Vec<String> = r
        .ends_early()
        .into_iter()
        .map(|e| tx.period(&Period::Until(e)))
        .collect();
    if !early.is_empty() {
        let events = tx.list_or(&early);
        parts.push(tx.ui("retention-early-value", &[("events", &events)]));
    }
    parts.join("; ")
}

fn rule(tx: &Localizer<'_>, r: &RetentionRule) -> RuleDigest {
    let id = r.id.as_str();
    let alternatives = r.alternatives();
    RuleDigest {
        id: id.to_string(),
        label: text(tx, Kind::RetentionRule, id, "data", &r.data),
        iso: r.length().map(|d| d.to_string()),
        ends: alternatives
            .iter()
            .filter_map(|p| p.event().map(|e| e.id().to_string()))
            .collect(),
        qualifier: r.qualifier().id().to_string(),
        start: r.start().map(|e| e.id().to_string()),
        max: r.max().map(|d| d.to_string()),
        ends_early: r.ends_early().iter().map(|e| e.id().to_string()).collect(),
        text: rule_text(tx, r),
    }
}

fn purpose(tx: &Localizer<'_>, p: &Purpose) -> PurposeDigest {
    let id = p.id.as_str();
    PurposeDigest {
        id: id.to_string(),
        name: text(tx, Kind::Purpose, id, "name", &p.name),
        legal_basis: p.legal_basis.as_str().to_string(),
        legal_basis_name: name(tx, Kind::LegalBasis, &p.legal_basis),
        categories: p
            .data_categories
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
        category_names: p
            .data_categories
            .iter()
            .map(|c| name(tx, Kind::DataCategory, c))
            .collect(),
    }
}

fn legal_basis(tx: &Localizer<'_>, b: &LegalBasis) -> NamedDigest {
    let id = b.id.as_str();
    NamedDigest {
        id: id.to_string(),
        name: text(tx, Kind::LegalBasis, id, "name", &b.name),
        article: b.basis().map(|a| gdpr_article(tx, a.article())),
    }
}

fn right(tx: &Localizer<'_>, r: &Right) -> NamedDigest {
    let id = r.id.as_str();
    NamedDigest {
        id: id.to_string(),
        name: text(tx, Kind::Right, id, "name", &r.name),
        article: r.kind().map(|a| gdpr_article(tx, a.article())),
    }
}

fn recipient(tx: &Localizer<'_>, r: &Recipient) -> RecipientDigest {
    let id = r.id.as_str();
    let role = r.role.get().map(ToString::to_string).unwrap_or_default();
    RecipientDigest {
        id: id.to_string(),
        name: text(tx, Kind::Recipient, id, "name", &r.name),
        role_text: tx.ui(&format!("role-{role}"), &[]),
        role,
        transfer: r.transfer("").map(|t| transfer(tx, &t)),
    }
}

fn source(tx: &Localizer<'_>, s: &Source) -> SourceDigest {
    let id = s.id.as_str();
    let public = if s.public.value {
        "label-public"
    } else {
        "label-not-public"
    };
    SourceDigest {
        id: id.to_string(),
        name: text(tx, Kind::Source, id, "name", &s.name),
        public: tx.ui(public, &[]),
        categories: s
            .categories
            .iter()
            .map(|c| c.as_str().to_string())
            .collect(),
        category_names: s
            .categories
            .iter()
            .map(|c| name(tx, Kind::DataCategory, c))
            .collect(),
    }
}

fn cookie(tx: &Localizer<'_>, c: &Cookie) -> CookieDigest {
    CookieDigest {
        id: c.id.as_str().to_string(),
        name: c.name.value.clone(),
        provider: c.provider.value.clone(),
        party: c
            .party
            .get()
            .map(|p| tx.ui(&format!("party-{p}"), &[]))
            .unwrap_or_default(),
        lifespan: tx.period_phrase(&c.lifespan(), Qualifier::Exactly, None),
        transfer: c.transfer("").map(|t| transfer(tx, &t)),
    }
}

/// A transfer in the edition's words, as the recipients table shows it.
fn transfer(tx: &Localizer<'_>, t: &crate::model::Transfer<'_>) -> TransferDigest {
    let view = crate::model::transfer_view(tx, t);
    TransferDigest {
        location: t
            .location
            .map(|l| l.as_str().to_string())
            .unwrap_or_default(),
        location_name: view.location.as_ref().map(html_text).unwrap_or_default(),
        leaves_eea: t
            .location
            .is_some_and(|l| crate::model::gdpr::leaves_eea(tx.notice, l)),
        safeguard_text: view.safeguard.unwrap_or_default(),
    }
}

fn subprocessor(tx: &Localizer<'_>, s: &Subprocessor) -> SubprocessorDigest {
    let id = s.id.as_str();
    let safeguard = s
        .safeguard
        .as_ref()
        .and_then(|g| g.get())
        .map(ToString::to_string)
        .unwrap_or_default();
    let namespace = format!("{}-{id}", Kind::Subprocessor.info().prefix);
    SubprocessorDigest {
        id: id.to_string(),
        name: s.name.value.clone(),
        purpose: tx
            .markdown_text(
                &entity_message(Kind::Subprocessor, id, "purpose"),
                &namespace,
            )
            .map_or_else(|| s.purpose.value.clone(), |t| t.text),
        country: s.location.as_str().to_string(),
        country_name: name(tx, Kind::Country, &s.location),
        eea: tx
            .notice
            .data
            .countries
            .find(&s.location)
            .is_some_and(|c| c.in_eea(tx.notice)),
        safeguard_text: tx.ui(&format!("safeguard-{safeguard}"), &[]),
        safeguard,
    }
}

fn contacts(tx: &Localizer<'_>) -> Vec<ContactDigest> {
    let m = &tx.notice.meta;
    let c = &m.organisation.contacts;
    let email =
        |e: &Option<Located<Parsed<values::Email>>>| e.as_ref().map(|e| e.text().to_string());
    let sa = &m.supervisory_authority;
    [
        (
            "privacy",
            "contact-privacy",
            Some(c.privacy.text().to_string()),
        ),
        ("security", "contact-security", email(&c.security)),
        ("support", "contact-support", email(&c.support)),
        (
            "dpo",
            "contact-dpo",
            m.data_protection_officer
                .as_ref()
                .map(|d| d.email.text().to_string()),
        ),
        (
            "authority",
            "supervisory-authority-heading",
            Some(format!("{} ({})", sa.name.as_str(), sa.website.text())),
        ),
    ]
    .into_iter()
    .filter_map(|(id, label, value)| {
        Some(ContactDigest {
            id: id.to_string(),
            label: tx.ui(label, &[]),
            value: value?,
        })
    })
    .collect()
}

/// The text of rendered HTML: one line per paragraph, list item, heading or
/// table row; footnote marks (`<sup>`) left out, entities decoded, runs of
/// white space made one space.
pub fn html_text(html: &Html) -> String {
    // One pass: every section and entity of every language goes through here
    // when a page's edition is taken.
    let src = html.as_str();
    let mut text = Plain::with_capacity(src.len());
    let mut skip_depth = 0usize;
    let mut rest = src;
    while let Some(lt) = rest.find('<') {
        if skip_depth == 0 {
            text.push_markup_text(&rest[..lt]);
        }
        let Some(gt) = rest[lt..].find('>') else {
            return text.out;
        };
        let tag = &rest[lt + 1..lt + gt];
        let closing = tag.starts_with('/');
        let tag = tag.trim_start_matches('/');
        let name = &tag[..tag
            .find(|c: char| !c.is_ascii_alphanumeric())
            .unwrap_or(tag.len())];
        if name.eq_ignore_ascii_case("sup") {
            skip_depth = if closing {
                skip_depth.saturating_sub(1)
            } else {
                skip_depth + 1
            };
        } else if TEXT_BLOCKS.iter().any(|b| b.eq_ignore_ascii_case(name)) {
            text.line_break();
        }
        rest = &rest[lt + gt + 1..];
    }
    if skip_depth == 0 {
        text.push_markup_text(rest);
    }
    text.out
}

/// The elements whose start and end begin a new line of [`html_text`].
const TEXT_BLOCKS: &[&str] = &[
    "p",
    "li",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "div",
    "blockquote",
    "tr",
    "br",
    "dt",
    "dd",
    "pre",
    "section",
    "ol",
    "ul",
    "table",
    "address",
];

/// Text being written as [`html_text`] gives it: words one space apart, lines
/// one line break apart, no empty lines and no white space at either end.
struct Plain {
    out: String,
    space: bool,
    line: bool,
}

impl Plain {
    fn with_capacity(capacity: usize) -> Plain {
        Plain {
            out: String::with_capacity(capacity),
            space: false,
            line: false,
        }
    }

    fn line_break(&mut self) {
        self.line = true;
    }

    /// Text between tags: line breaks in it are soft (Markdown keeps the
    /// source's lines), so they separate words only; entities are decoded.
    fn push_markup_text(&mut self, markup: &str) {
        let mut rest = markup;
        while let Some(amp) = rest.find('&') {
            self.push_soft(&rest[..amp]);
            let after = &rest[amp + 1..];
            match decode_entity(after) {
                Some((c, len)) => {
                    // A line break written as an entity is a hard one.
                    if c == '\n' {
                        self.line_break();
                    } else {
                        self.push_char(c);
                    }
                    rest = &after[len..];
                }
                None => {
                    self.push_char('&');
                    rest = after;
                }
            }
        }
        self.push_soft(rest);
    }

    fn push_soft(&mut self, text: &str) {
        // White space in markup is ASCII but for the rare no-break or
        // ideographic space: a word's bytes are skipped by a table, and only
        // the bytes that may start white space are looked at.
        const MAYBE_WHITE: [bool; 256] = {
            let mut table = [false; 256];
            let mut b = 0;
            while b < 256 {
                table[b] = b >= 0x80 || (b as u8 as char).is_whitespace();
                b += 1;
            }
            table
        };
        let bytes = text.as_bytes();
        let mut word_start = None;
        let mut i = 0;
        while i < bytes.len() {
            if !MAYBE_WHITE[usize::from(bytes[i])] {
                word_start.get_or_insert(i);
                while i < bytes.len() && !MAYBE_WHITE[usize::from(bytes[i])] {
                    i += 1;
                }
                continue;
            }
            let (white, len) = match bytes[i] {
                b if b.is_ascii() => (true, 1),
                _ => {
                    let c = text[i..].chars().next().unwrap_or_default();
                    (c.is_whitespace(), c.len_utf8())
                }
            };
            match (white, word_start) {
                (true, Some(start)) => {
                    self.push_word(&text[start..i]);
                    word_start = None;
                    self.space = true;
                }
                (true, None) => self.space = true,
                (false, None) => word_start = Some(i),
                (false, Some(_)) => {}
            }
            i += len;
        }
        if let Some(start) = word_start {
            self.push_word(&text[start..]);
        }
    }

    fn push_word(&mut self, word: &str) {
        self.separate();
        self.out.push_str(word);
    }

    fn push_char(&mut self, c: char) {
        if c.is_whitespace() {
            self.space = true;
        } else {
            self.separate();
            self.out.push(c);
        }
    }

    /// The separator that the white space before a word asks for.
    fn separate(&mut self) {
        if !self.out.is_empty() {
            if self.line {
                self.out.push('\n');
            } else if self.space {
                self.out.push(' ');
            }
        }
        self.line = false;
        self.space = false;
    }
}

/// The character of the entity that `after` (the text after an `&`) starts
/// with, and the length of its name with the `;`.
fn decode_entity(after: &str) -> Option<(char, usize)> {
    let e = after.find(';').filter(|&e| e <= 10)?;
    let name = &after[..e];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => '\u{a0}',
        _ => name
            .strip_prefix("#x")
            .or_else(|| name.strip_prefix("#X"))
            .and_then(|h| u32::from_str_radix(h, 16).ok())
            .or_else(|| name.strip_prefix('#').and_then(|d| d.parse().ok()))
            .and_then(char::from_u32)?,
    };
    Some((c, e + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Written in one pass, the text still reads as the markup does.
    #[test]
    fn text_of_html_hard_cases() {
        let cases = [
            ("<p>a&#10;b</p>", "a\nb"),
            ("a&nbsp;&nbsp;b &amp;c", "a b &c"),
            ("x<sup>1<sup>2</sup>3</sup>y", "xy"),
            ("a &bogus b &#xZZ; c", "a &bogus b &#xZZ; c"),
            ("<p> lead </p>\n<p> </p><p>trail\t</p>", "lead\ntrail"),
            (
                "<li>one</li><li>two <strong>three</strong></li>",
                "one\ntwo three",
            ),
            ("soft\nline <em>break</em>s", "soft line breaks"),
            ("cut <a", "cut"),
            ("", ""),
            ("a\u{b}b\u{c}c\u{1c}d", "a b c\u{1c}d"),
            ("é\u{2028}ü\u{3000}ø\u{a0} ß", "é ü ø ß"),
            ("x\u{200b}y", "x\u{200b}y"),
        ];
        for (html, text) in cases {
            assert_eq!(
                html_text(&Html::trusted(html.to_string())),
                text,
                "{html:?}"
            );
        }
    }

    #[test]
    fn text_of_html_keeps_paragraphs_and_drops_footnote_marks() {
        let html = Html::trusted(
            "<p>We keep <strong>traffic</strong>\ndata<sup><a href=\"#n1\">1</a></sup> for six&nbsp;months &amp; more.</p>\n<ul>\n<li>One</li>\n<li>Two &#39;2&#39;</li>\n</ul>".to_string(),
        );
        assert_eq!(
            html_text(&html),
            "We keep traffic data for six months & more.\nOne\nTwo '2'"
        );
    }
}
