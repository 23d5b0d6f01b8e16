//! The page as templates see it: the model resolved for one language (names
//! instead of ids, periods in words, Markdown as HTML). Plain text stays a
//! `String`, which Tera escapes; only markup vellum made is [`Html`]. Each
//! kind of entity supplies its own view (see `model::entity`); this module
//! adds the statement-wide parts and puts everything in the template context.

use super::builtin_tables::{BuiltinTables, TableRows};
use super::localize::Localizer;
use super::placement::{HERE_TOKEN, ROOT_TOKEN};
use crate::model::*;
use crate::prose::Html;
use crate::translate::messages::{NOTICE_TITLE, SectionPart, section_message};
use crate::translate::periods::date_text;
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize, Clone)]
pub struct Alternate {
    pub lang: String,
    pub url: String,
    /// Relative link from the current page.
    pub href: String,
    pub name: String,
    pub current: bool,
}

#[derive(Serialize)]
pub struct OrganisationView {
    pub legal_name: String,
    pub trade_name: Option<String>,
    pub registration: Option<String>,
    pub website: String,
    pub privacy_email: String,
    pub security_email: Option<String>,
    pub support_email: Option<String>,
    pub headquarters: Option<OfficeView>,
}

#[derive(Serialize)]
pub struct DpoView {
    pub name: Option<String>,
    pub email: String,
}

#[derive(Serialize)]
pub struct AuthorityView {
    pub name: String,
    pub country: Html,
    pub website: String,
    pub complaint_url: String,
    pub complaint_text: String,
}

#[derive(Serialize)]
pub struct TocEntry {
    pub id: String,
    /// Empty for an unnumbered section.
    pub number: String,
    pub title: Html,
    pub children: Vec<TocEntry>,
}

#[derive(Serialize)]
pub struct SectionView {
    pub id: String,
    /// "2.3", or empty for an unnumbered section.
    pub number: String,
    /// `None` for a section without a heading (a preamble).
    pub title: Option<Html>,
    /// `block` or `run-in`.
    pub heading: String,
    /// True when the title ends in its own punctuation, so a run-in heading
    /// needs no full stop after it.
    pub title_punctuated: bool,
    /// The heading level: 2 for top-level sections, 3 for their subsections, ...
    pub level: u8,
    /// The prose with the blocks placed at their markers (filled by the renderer).
    pub html: Html,
    /// The prose between the block markers, rendered; templates get it
    /// placed in `html`, so it is not serialized twice into each context.
    #[serde(skip)]
    pub parts: Vec<Html>,
    /// The block placed after each part but the last, in order.
    pub inline_blocks: Vec<String>,
    /// The blocks after the prose.
    pub blocks: Vec<String>,
    /// Filled by the renderer: the HTML of each block after the prose, in order.
    pub blocks_html: Vec<Html>,
    /// How many `</section>` to write after this one (itself plus ancestors it ends).
    pub closes: Vec<u8>,
}

#[derive(Serialize)]
pub struct NoteView {
    pub number: usize,
    pub id: String,
    pub name: Html,
    pub html: Html,
}

/// The statement-wide part of the page.
#[derive(Serialize)]
pub struct PageView {
    pub lang: String,
    pub source_lang: String,
    /// Plain text (for `<title>`); `title_html` carries `lang` markup if untranslated.
    pub title: String,
    pub title_html: Html,
    pub version: String,
    pub effective_date: String,
    pub effective_date_iso: String,
    pub canonical_url: String,
    pub base_url: String,
    /// Relative path from this page to the site root, for CSS and other pages.
    pub root: String,
    pub alternates: Vec<Alternate>,
    /// Every UI message of the language, by id.
    pub t: BTreeMap<String, String>,
    pub organisation: OrganisationView,
    pub dpo: Option<DpoView>,
    pub authority: AuthorityView,
    pub toc: Vec<TocEntry>,
    pub sections: Vec<SectionView>,
}

/// Builds the template context of the whole statement in one language: the
/// page's fields, each kind's collection under its name (`products`,
/// `retention`, ...), `affiliates` and `product_notes`. Also returns the
/// tables this language has built in and their rows, which the context then
/// leaves out when no other template names them.
pub fn page_context(
    tx: &mut Localizer<'_>,
    language_names: &BTreeMap<String, String>,
    tables: &BuiltinTables,
) -> Result<(tera::Context, PageView, BuiltinTables, TableRows), tera::Error> {
    let notice = tx.notice;
    let ui = tx.catalog.ui_ids();
    let tables = tables.for_language(|id| ui.iter().any(|u| u == id));
    let mut context = tera::Context::new();
    let mut rows = TableRows::default();
    notice.data.visit(&mut Views {
        tx: &mut *tx,
        context: &mut context,
        tables: &tables,
        rows: &mut rows,
    });
    let notes: Vec<NoteView> = tx
        .notes
        .clone()
        .into_iter()
        .enumerate()
        .map(|(i, (kind, id))| NoteView {
            number: i + 1,
            name: crate::model::entity::ViewContext::name_of(&*tx, kind, &id),
            html: crate::model::entity::ViewContext::markdown(&*tx, kind, &id, "definition")
                .unwrap_or_default(),
            id,
        })
        .collect();
    if tables.tera_needs("product_notes") {
        context.insert("product_notes", &notes);
    }
    rows.keep_notes(notes);
    super::summary::insert(tx, &mut context);
    let page = page_view(tx, language_names);
    Ok((context, page, tables, rows))
}

/// Puts each kind's views into the context under the kind's field name, and
/// keeps those the built-in tables write.
struct Views<'a, 'b> {
    tx: &'a mut Localizer<'b>,
    context: &'a mut tera::Context,
    tables: &'a BuiltinTables,
    rows: &'a mut TableRows,
}

impl DataVisitor for Views<'_, '_> {
    fn visit<E: Entity>(&mut self, items: &Collection<E>) {
        let views: Vec<E::View> = items.items.iter().map(|e| e.view(self.tx)).collect();
        let field = E::KIND.info().field;
        if self.tables.tera_needs(field) {
            self.context.insert(field, &views);
        }
        self.rows.keep(views);
    }
}

fn page_view(tx: &Localizer<'_>, language_names: &BTreeMap<String, String>) -> PageView {
    let notice = tx.notice;
    let cat = tx.catalog;
    let m = &notice.meta;
    let base_url = with_slash(m.base_url.text());
    let lang = tx.lang.to_string();
    // Placeholders for where the page will stand (see `placement`): the same
    // rendering is the current notice, its permalink and, frozen, an old version.
    let (root, here) = (ROOT_TOKEN, HERE_TOKEN);
    let page_url = format!("{base_url}{lang}/{here}");
    let alternates = notice
        .language_tags()
        .into_iter()
        .map(|l| Alternate {
            lang: l.to_string(),
            url: format!("{base_url}{l}/{here}"),
            // The file, not the folder: a page opened from disk follows it to
            // the other language, not to a directory listing. Absolute URLs
            // (canonical, alternates, sitemap) keep the pretty form.
            href: format!("{root}{l}/{here}index.html"),
            name: language_names
                .get(l)
                .cloned()
                .unwrap_or_else(|| l.to_string()),
            current: l == lang,
        })
        .collect();
    let date = date_text(cat, m.effective_date.text());
    let org = &m.organisation;
    let authority = m.supervisory_authority.name.value.as_str();
    let args = [
        ("date", FluentValue::from(date.as_str())),
        ("version", FluentValue::from(m.version.as_str())),
        ("organisation", FluentValue::from(org.legal_name.as_str())),
        ("authority", FluentValue::from(authority)),
        ("url", FluentValue::from(page_url.as_str())),
    ];
    // UI strings only: content reaches templates through the fields above.
    let t = cat
        .ui_ids()
        .iter()
        .map(|id| (id.clone(), cat.format(id, &args).unwrap_or_default()))
        .collect();
    let (toc, sections) = build_sections(notice, tx);
    PageView {
        source_lang: tx.source_lang.to_string(),
        title: tx.plain(NOTICE_TITLE, &m.title),
        title_html: tx.plain_html(NOTICE_TITLE, &m.title),
        version: m.version.value.clone(),
        effective_date: date,
        effective_date_iso: m.effective_date.text().to_string(),
        canonical_url: page_url,
        base_url,
        root: root.to_string(),
        alternates,
        t,
        organisation: organisation_view(tx),
        dpo: m.data_protection_officer.as_ref().map(|p| DpoView {
            name: p.name.as_ref().map(|n| n.value.clone()),
            email: p.email.text().to_string(),
        }),
        authority: authority_view(tx),
        toc,
        sections,
        lang,
    }
}

fn organisation_view(tx: &Localizer<'_>) -> OrganisationView {
    let org = &tx.notice.meta.organisation;
    let text = |t: &Option<Located<String>>| t.as_ref().map(|l| l.value.clone());
    let email = |e: &Option<Located<Parsed<crate::model::values::Email>>>| {
        e.as_ref().map(|l| l.text().to_string())
    };
    let mut cx = Localizer::new(tx.notice, tx.lang, tx.catalog, tx.source, tx.args);
    OrganisationView {
        legal_name: org.legal_name.value.clone(),
        trade_name: text(&org.trade_name),
        registration: text(&org.registration),
        website: org.website.text().to_string(),
        privacy_email: org.contacts.privacy.text().to_string(),
        security_email: email(&org.contacts.security),
        support_email: email(&org.contacts.support),
        headquarters: tx
            .notice
            .data
            .offices
            .find(&org.headquarters)
            .map(|o| crate::model::Entity::view(o, &mut cx)),
    }
}

fn authority_view(tx: &Localizer<'_>) -> AuthorityView {
    let sa = &tx.notice.meta.supervisory_authority;
    let name = sa.name.value.as_str();
    let complaint_url = sa.complaint_url.as_ref().unwrap_or(&sa.website).text();
    AuthorityView {
        complaint_text: tx
            .ui_text("complaint-link", &[("authority", name)])
            .unwrap_or_else(|| name.to_string()),
        name: name.to_string(),
        country: crate::model::entity::ViewContext::name_of(tx, Kind::Country, &sa.country),
        website: sa.website.text().to_string(),
        complaint_url: complaint_url.to_string(),
    }
}

/// The table of contents and the flat, numbered list of sections.
fn build_sections(notice: &Notice, tx: &Localizer<'_>) -> (Vec<TocEntry>, Vec<SectionView>) {
    let mut flat = Vec::new();
    let top: Vec<&Section> = notice.sections.iter().map(|f| &f.section).collect();
    let toc = walk_siblings(&top, Some(""), 2, tx, &mut flat);
    (toc, flat)
}

/// Sections at one level: numbered from `parent` ("" at the top; `None`
/// inside an unnumbered section), headings at `level`.
fn walk_siblings(
    siblings: &[&Section],
    parent: Option<&str>,
    level: u8,
    tx: &Localizer<'_>,
    flat: &mut Vec<SectionView>,
) -> Vec<TocEntry> {
    let numbers = sibling_numbers(siblings);
    let mut toc = Vec::new();
    for (s, n) in siblings.iter().zip(numbers) {
        let number = match (parent, n) {
            (Some(""), Some(n)) => Some(n.to_string()),
            (Some(p), Some(n)) => Some(format!("{p}.{n}")),
            _ => None,
        };
        let entry = walk(s, number, level, tx, flat);
        match entry {
            Ok(entry) => toc.push(entry),
            // A section without a heading is not in the contents; its
            // subsections take its place.
            Err(children) => toc.extend(children),
        }
    }
    toc
}

/// One section and its subsections; its contents entry, or the entries of
/// its subsections when it has no heading.
fn walk(
    s: &Section,
    number: Option<String>,
    level: u8,
    tx: &Localizer<'_>,
    flat: &mut Vec<SectionView>,
) -> Result<TocEntry, Vec<TocEntry>> {
    let id = s.id.as_str();
    let title = s
        .title
        .as_ref()
        .map(|t| tx.plain_html(&section_message(id, SectionPart::Title), t));
    let (prose, inline_blocks) = prose_and_blocks(s, level, tx);
    flat.push(SectionView {
        id: id.to_string(),
        number: number.clone().unwrap_or_default(),
        title_punctuated: s
            .title
            .as_ref()
            .is_some_and(|t| t.trim_end().ends_with(['.', '?', '!', ':'])),
        title: title.clone(),
        heading: s.heading_style().id().to_string(),
        level: level.min(6),
        html: Html::default(),
        parts: prose,
        inline_blocks,
        blocks: s
            .blocks
            .iter()
            .filter_map(|b| b.get().map(|b| b.as_str().to_string()))
            .collect(),
        blocks_html: Vec::new(),
        closes: Vec::new(),
    });
    // Sections without a heading do not deepen the outline.
    let child_level = if title.is_some() { level + 1 } else { level };
    let subs: Vec<&Section> = s.subsections.iter().collect();
    let children = walk_siblings(&subs, number.as_deref(), child_level, tx, flat);
    // This section closes after its last descendant.
    if let Some(last) = flat.last_mut() {
        last.closes.push(1);
    }
    match title {
        Some(title) => Ok(TocEntry {
            id: id.to_string(),
            number: number.unwrap_or_default(),
            title,
            children,
        }),
        None => Err(children),
    }
}

/// A section's prose, one rendered part before each block marker and one
/// after the last, with the blocks placed between them. A part left out
/// (empty) renders as nothing; the blocks keep their places.
fn prose_and_blocks(s: &Section, level: u8, tx: &Localizer<'_>) -> (Vec<Html>, Vec<String>) {
    let parts = s.body_parts();
    let ids: Vec<String> = parts.iter().map(|p| p.message.clone()).collect();
    let mut rendered = tx.markdown_parts(&ids, s.id.as_str(), level).into_iter();
    let markers = s.markers();
    let mut prose = Vec::with_capacity(markers.len() + 1);
    let mut next_if = |here: bool| {
        if here {
            rendered.next().unwrap_or_default()
        } else {
            Html::default()
        }
    };
    prose.push(next_if(
        parts.first().is_some_and(|p| p.after_block.is_none()),
    ));
    for m in markers {
        prose.push(next_if(
            parts
                .iter()
                .any(|p| p.after_block.as_deref() == Some(m.name.as_str())),
        ));
    }
    (prose, markers.iter().map(|m| m.name.clone()).collect())
}

/// The base URL with exactly one trailing slash.
pub fn with_slash(url: &str) -> String {
    format!("{}/", url.trim_end_matches('/'))
}
