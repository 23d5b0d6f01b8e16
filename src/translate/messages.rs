//! The translatable texts of a notice, each with a stable Fluent id derived from
//! the model's ids (`section-retention-body`, `category-traffic-data-name`), so
//! that reordering or renumbering never invalidates a translation. The texts
//! of entities come from their kinds' declarations.

use crate::model::entity::Text;
use crate::model::section::sibling_numbers;
use crate::model::*;

/// The id of the statement's title message.
pub const NOTICE_TITLE: &str = "notice-title";

/// The message id of an entity's text: `<prefix>-<id>-<field>`. Joined
/// rather than `format!`ted: every row of every table in every language
/// asks for a few, and `format!` was 5% of a large site's build.
pub fn entity_message(kind: Kind, id: &str, field: &str) -> String {
    [kind.info().prefix, id, field].join("-")
}

/// The message id of a section's title or body.
pub fn section_message(id: &str, part: SectionPart) -> String {
    let part = match part {
        SectionPart::Title => "title",
        SectionPart::Body => "body",
    };
    ["section", id, part].join("-")
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SectionPart {
    Title,
    Body,
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
    /// What a translator needs to know besides the text: what it is, where
    /// it appears, the placeables to keep and the names not to translate;
    /// one line each, written as comments above the message.
    pub comment: Vec<String>,
    /// The text as a Fluent pattern (escaped), as the generated file holds it.
    pub pattern: String,
    /// Fingerprint of the text (see [`super::pattern::canonical_text`]),
    /// stored beside translations to detect staleness.
    pub fingerprint: String,
    /// Whether confirmations recorded before vellum kept source texts can
    /// hold for it: content messages, not UI strings (see
    /// [`SourceMessage::legacy_fingerprint`]).
    pub legacy_confirmable: bool,
    /// The placeables the pattern uses.
    pub placeables: std::collections::BTreeSet<String>,
}

impl SourceMessage {
    /// The fingerprint confirmations recorded before vellum kept source
    /// texts, so those confirmations still hold; empty for a message none
    /// can hold for. Worked out when such a confirmation is read, which few
    /// sites still have, not for every message of every build.
    pub fn legacy_fingerprint(&self) -> String {
        if self.legacy_confirmable {
            super::pattern::legacy_fingerprint(&self.text)
        } else {
            String::new()
        }
    }
}

/// Every translatable text of the notice, in document order.
pub fn source_messages(notice: &Notice) -> Vec<SourceMessage> {
    source_texts(notice).messages
}

/// The translatable texts of a notice and the names in them that become
/// terms: found once, for the messages' comments, the generated source file
/// and its check read the same.
pub struct SourceTexts {
    pub messages: Vec<SourceMessage>,
    pub terms: Vec<super::terms::Term>,
}

/// [`source_messages`] with their terms.
pub fn source_texts(notice: &Notice) -> SourceTexts {
    source_texts_kept(notice, None)
}

/// A `serve` rebuild's memo, with each source text hashed once: what a text
/// alone decides (its pattern and fingerprints, the names in it, its
/// comment's line of names) is kept per text, as a writer's save changes one
/// text of thousands.
#[derive(Clone, Copy)]
pub struct KeptTexts<'a> {
    pub reuse: crate::site::memo::Reuse<'a>,
    /// Each message's text hashed, in the messages' order.
    pub hashes: &'a [crate::site::memo::TextHash],
}

impl KeptTexts<'_> {
    /// The results kept for a function of a text whose other inputs have the
    /// fingerprint `context`.
    pub fn results<V: Clone + Send + Sync + 'static>(
        &self,
        context: u64,
    ) -> Option<crate::site::memo::TextResults<V>> {
        crate::site::memo::TextResults::of(Some(self.reuse), context)
    }
}

/// [`source_texts`], keeping what each text alone decides in `reuse`'s memo.
pub fn source_texts_kept(
    notice: &Notice,
    reuse: Option<crate::site::memo::Reuse<'_>>,
) -> SourceTexts {
    let mut out = Messages {
        list: Vec::new(),
        group: String::new(),
        shown_in: super::context::block_places(notice),
        facts: crate::site::memo::TextResults::of(reuse, 0),
        hashes: Vec::new(),
    };
    let mf = notice.meta_file.as_str();
    out.group("Statement", mf);
    out.push(
        NOTICE_TITLE,
        &Text::plain("title", &notice.meta.title)
            .about("the statement's title: the page's main heading and the browser tab"),
        mf,
    );
    let top: Vec<&Section> = notice.sections.iter().map(|f| &f.section).collect();
    for (f, number) in notice.sections.iter().zip(sibling_numbers(&top)) {
        let number = number.map(|n| n.to_string());
        let heading = f.section.title.as_ref().map_or_else(
            || format!("{} (no title)", f.section.id.as_str()),
            |t| t.value.clone(),
        );
        let group = match &number {
            Some(n) => format!("Section {n}: {heading}"),
            None => format!("Unnumbered: {heading}"),
        };
        out.group(&group, &f.file);
        add_section(&mut out, &f.section, &f.file, number.as_deref());
    }
    notice.data.visit(&mut out);
    let Messages {
        mut list, hashes, ..
    } = out;
    let kept = reuse.map(|reuse| KeptTexts {
        reuse,
        hashes: &hashes,
    });
    let terms = super::terms::notice_terms(notice, &list, kept);
    super::context::annotate(notice, &mut list, &terms, kept);
    SourceTexts {
        messages: list,
        terms,
    }
}

/// A section's messages; `number` is the one the page shows, which the
/// comments give so a translator can find the section on the page.
fn add_section(out: &mut Messages, s: &Section, file: &str, number: Option<&str>) {
    let id = s.id.as_str();
    let heading = s.title.as_ref().map_or("", |t| t.value.as_str());
    let section = match number {
        Some(n) => format!("section {n} (#{id})"),
        None => format!("section #{id}"),
    };
    if let Some(title) = &s.title {
        out.push(
            &section_message(id, SectionPart::Title),
            &Text::plain("title", title).about(format!("the heading of {section}")),
            file,
        );
    }
    // A body with block markers is several messages, split where the blocks
    // stand, so that no translation can move or lose a block.
    for part in s.body_parts() {
        let text = Text::markdown("body", &part.text);
        let text = match &part.after_block {
            Some(block) => text.about(format!(
                "the text of {section} \"{heading}\", continued after the block `{block}`, which vellum places between the parts"
            )),
            None => text.about(format!("the text of {section} \"{heading}\"")),
        };
        out.push(&part.message, &text, file);
    }
    let subs: Vec<&Section> = s.subsections.iter().collect();
    for (sub, n) in s.subsections.iter().zip(sibling_numbers(&subs)) {
        // An unnumbered parent's subsections are named by id alone.
        let sub_number = number.zip(n).map(|(p, n)| format!("{p}.{n}"));
        add_section(out, sub, file, sub_number.as_deref());
    }
}

struct Messages {
    list: Vec<SourceMessage>,
    group: String,
    /// Where each kind's block is shown: "section 4 (#end-user-data)".
    shown_in: std::collections::BTreeMap<Kind, String>,
    /// What each text alone decides, kept between `serve` rebuilds.
    facts: Option<crate::site::memo::TextResults<std::sync::Arc<TextFacts>>>,
    /// With kept results, the hash of each message's text, in `list`'s order.
    hashes: Vec<crate::site::memo::TextHash>,
}

/// What a source text alone decides: how the generated file writes it, its
/// fingerprints and its placeables.
struct TextFacts {
    pattern: String,
    fingerprint: String,
    placeables: std::collections::BTreeSet<String>,
}

impl TextFacts {
    fn of(text: &str) -> TextFacts {
        let pattern = super::pattern::escape_pattern(text);
        TextFacts {
            fingerprint: super::pattern::fingerprint(&super::pattern::canonical_text(text)),
            placeables: super::pattern::placeables_in(&pattern),
            pattern,
        }
    }
}

impl DataVisitor for Messages {
    fn visit<E: Entity>(&mut self, items: &Collection<E>) {
        self.group(E::KIND.info().plural, &items.file);
        let shown = self.shown_in.get(&E::KIND).cloned();
        for e in &items.items {
            for text in e.texts() {
                let id = entity_message(E::KIND, e.id().as_str(), &text.field);
                let what = format!(
                    "{} `{}`, its {}{}",
                    E::KIND.info().name,
                    e.id().as_str(),
                    text.field,
                    text.context
                        .as_deref()
                        .map(|c| format!(": {c}"))
                        .unwrap_or_default()
                );
                let what = match &shown {
                    Some(shown) => format!("{what}; shown in {shown}"),
                    None => what,
                };
                self.push(&id, &text.about(what), &items.file);
            }
        }
    }
}

impl Messages {
    fn group(&mut self, title: &str, file: &str) {
        self.group = format!("{title} ({file})");
    }

    fn push(&mut self, id: &str, text: &Text<'_>, file: &str) {
        let located = text.text;
        if located.value.trim().is_empty() {
            return;
        }
        let hash = self
            .facts
            .as_ref()
            .map(|_| crate::site::memo::TextHash::of(&located.value));
        let facts = crate::site::memo::per_hashed_text(self.facts.as_ref().zip(hash), || {
            std::sync::Arc::new(TextFacts::of(&located.value))
        });
        self.hashes.extend(hash);
        self.list.push(SourceMessage {
            id: id.to_string(),
            fingerprint: facts.fingerprint.clone(),
            legacy_confirmable: true,
            placeables: facts.placeables.clone(),
            pattern: facts.pattern.clone(),
            text: located.value.clone(),
            kind: text.kind,
            file: file.to_string(),
            pos: located.pos,
            group: self.group.clone(),
            comment: text.context.iter().cloned().collect(),
        });
    }
}

/// True for ids of content messages (as opposed to the theme's UI strings):
/// how translations of content are told apart.
pub fn is_content_id(id: &str) -> bool {
    // Asked of every message of every language: a kind's prefix is compared
    // only when its first letter is the id's.
    let Some(&first) = id.as_bytes().first() else {
        return false;
    };
    id == NOTICE_TITLE
        || id.starts_with("section-")
        || Kind::DATA.iter().any(|k| {
            let prefix = k.info().prefix;
            prefix.as_bytes().first() == Some(&first)
                && id
                    .strip_prefix(prefix)
                    .is_some_and(|rest| rest.starts_with('-'))
        })
}
