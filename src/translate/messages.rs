//! The translatable texts of a notice, each with a stable Fluent id derived from
//! the model's ids (`section-retention-body`, `category-traffic-data-name`), so
//! that reordering or renumbering never invalidates a translation.

use crate::model::*;

/// Whether a text is Markdown (rendered as blocks or inline HTML) or plain.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TextKind {
    Plain,
    Markdown,
}

/// One source-language text to translate.
#[derive(Debug, Clone)]
pub struct SourceMessage {
    pub id: String,
    /// The text as written in the YAML.
    pub text: String,
    pub kind: TextKind,
    /// Where it was written, for diagnostics.
    pub file: String,
    pub pos: Pos,
    /// A heading for the group this message belongs to in the generated file.
    pub group: String,
    /// The text as a Fluent pattern (escaped), as the generated file holds it.
    pub pattern: String,
    /// Fingerprint of `pattern`, stored beside translations to detect staleness.
    pub fingerprint: String,
    /// The placeables the pattern uses.
    pub placeables: std::collections::BTreeSet<String>,
}

/// Every translatable text of the notice, in document order.
pub fn source_messages(notice: &Notice) -> Vec<SourceMessage> {
    let mut out = Messages {
        list: Vec::new(),
        group: String::new(),
    };
    let mf = notice.meta_file.as_str();
    out.group("Statement", mf);
    out.plain("notice-title", &notice.meta.title, mf);
    for (i, f) in notice.sections.iter().enumerate() {
        out.group(
            &format!("Section {}: {}", i + 1, f.section.title.value),
            &f.file,
        );
        add_section(&mut out, &f.section, &f.file);
    }
    let d = &notice.data;
    let f = d.data_categories.file.as_str();
    out.group("Data categories", f);
    for c in &d.data_categories.items {
        let base = format!("category-{}", c.id.value);
        out.plain(&format!("{base}-name"), &c.name, f);
        out.markdown_opt(&format!("{base}-description"), &c.description, f);
        out.markdown_opt(&format!("{base}-definition"), &c.definition, f);
    }
    let f = d.products.file.as_str();
    out.group("Products", f);
    for p in &d.products.items {
        let base = format!("product-{}", p.id.value);
        out.plain(&format!("{base}-name"), &p.name, f);
        out.markdown_opt(&format!("{base}-description"), &p.description, f);
    }
    let f = d.legal_bases.file.as_str();
    out.group("Legal bases", f);
    for b in &d.legal_bases.items {
        let base = format!("legal-basis-{}", b.id.value);
        out.plain(&format!("{base}-name"), &b.name, f);
        out.plain_opt(&format!("{base}-article"), &b.article, f);
        out.markdown_opt(&format!("{base}-description"), &b.description, f);
    }
    let f = d.purposes.file.as_str();
    out.group("Purposes", f);
    for p in &d.purposes.items {
        let base = format!("purpose-{}", p.id.value);
        out.plain(&format!("{base}-name"), &p.name, f);
        out.markdown_opt(&format!("{base}-description"), &p.description, f);
    }
    let f = d.retention.file.as_str();
    out.group("Retention rules", f);
    for r in &d.retention.items {
        let base = format!("rule-{}", r.id.value);
        out.plain(&format!("{base}-data"), &r.data, f);
        out.markdown_opt(&format!("{base}-reason"), &r.reason, f);
    }
    let f = d.facts.file.as_str();
    out.group("Facts", f);
    for fact in &d.facts.items {
        out.plain(&format!("fact-{}-name", fact.id.value), &fact.name, f);
    }
    let f = d.rights.file.as_str();
    out.group("Rights", f);
    for r in &d.rights.items {
        let base = format!("right-{}", r.id.value);
        out.plain(&format!("{base}-name"), &r.name, f);
        out.plain_opt(&format!("{base}-article"), &r.article, f);
        out.markdown_opt(&format!("{base}-description"), &r.description, f);
    }
    let f = d.recipients.file.as_str();
    out.group("Recipients", f);
    for r in &d.recipients.items {
        let base = format!("recipient-{}", r.id.value);
        out.plain(&format!("{base}-name"), &r.name, f);
        out.markdown_opt(&format!("{base}-description"), &r.description, f);
    }
    let f = d.subprocessors.file.as_str();
    out.group("Sub-processors", f);
    for s in &d.subprocessors.items {
        out.markdown(
            &format!("subprocessor-{}-purpose", s.id.value),
            &s.purpose,
            f,
        );
    }
    let f = d.cookie_categories.file.as_str();
    out.group("Cookie categories", f);
    for c in &d.cookie_categories.items {
        let base = format!("cookie-category-{}", c.id.value);
        out.plain(&format!("{base}-name"), &c.name, f);
        out.markdown_opt(&format!("{base}-description"), &c.description, f);
    }
    let f = d.cookies.file.as_str();
    out.group("Cookies", f);
    for c in &d.cookies.items {
        out.markdown(&format!("cookie-{}-purpose", c.id.value), &c.purpose, f);
    }
    let f = d.countries.file.as_str();
    out.group("Countries", f);
    for c in &d.countries.items {
        out.plain(&format!("country-{}-name", c.id.value), &c.name, f);
    }
    out.list
}

fn add_section(out: &mut Messages, s: &Section, file: &str) {
    let base = format!("section-{}", s.id.value);
    out.plain(&format!("{base}-title"), &s.title, file);
    out.markdown_opt(&format!("{base}-body"), &s.body, file);
    for sub in &s.subsections {
        add_section(out, sub, file);
    }
}

struct Messages {
    list: Vec<SourceMessage>,
    group: String,
}

impl Messages {
    fn group(&mut self, title: &str, file: &str) {
        self.group = format!("{title} ({file})");
    }

    fn push(&mut self, id: &str, text: &Located<String>, kind: TextKind, file: &str) {
        if text.value.trim().is_empty() {
            return;
        }
        let pattern = super::ftl::escape_pattern(&text.value);
        self.list.push(SourceMessage {
            id: id.to_string(),
            fingerprint: super::ftl::fingerprint(&pattern),
            placeables: super::ftl::placeables_in(&pattern),
            pattern,
            text: text.value.clone(),
            kind,
            file: file.to_string(),
            pos: text.pos,
            group: self.group.clone(),
        });
    }

    fn plain(&mut self, id: &str, text: &Located<String>, file: &str) {
        self.push(id, text, TextKind::Plain, file);
    }

    fn plain_opt(&mut self, id: &str, text: &Option<Located<String>>, file: &str) {
        if let Some(t) = text {
            self.plain(id, t, file);
        }
    }

    fn markdown(&mut self, id: &str, text: &Located<String>, file: &str) {
        self.push(id, text, TextKind::Markdown, file);
    }

    fn markdown_opt(&mut self, id: &str, text: &Option<Located<String>>, file: &str) {
        if let Some(t) = text {
            self.markdown(id, t, file);
        }
    }
}

/// True for ids this module generates: how translations of content are told
/// apart from UI strings.
pub fn is_content_id(id: &str) -> bool {
    const PREFIXES: &[&str] = &[
        "notice-title",
        "section-",
        "category-",
        "product-",
        "legal-basis-",
        "purpose-",
        "rule-",
        "fact-",
        "right-",
        "recipient-",
        "subprocessor-",
        "cookie-category-",
        "cookie-",
        "country-",
    ];
    PREFIXES.iter().any(|p| id.starts_with(p))
}
