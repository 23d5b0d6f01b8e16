//! A language's messages: the theme's UI strings, overridden by the site's own
//! `locales/<lang>/*.ftl`, formatted through Fluent (plurals, numbers).

use crate::diagnostics::Code;
use crate::diagnostics::{Diagnostic, Sources};
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource, FluentValue};
use unic_langid::LanguageIdentifier;

/// One .ftl file to load: its display path and text.
pub struct FtlFile {
    pub path: String,
    pub text: String,
    /// A translator's file (the site's own, in a translation language), whose
    /// messages the translation checks look at.
    pub translation: bool,
}

/// Formatted messages for one language.
pub struct Catalog {
    pub lang: String,
    /// Fluent's bundle, filled with every message of `resources` when first
    /// formatted from: a build compacts the catalog first (see
    /// [`Catalog::compact`]), which fills it with the few messages that are
    /// not plain text, and the full one is never made. Its resources are
    /// shared with the diagnostics' sources, which quote their text.
    bundle: std::sync::OnceLock<FluentBundle<std::sync::Arc<FluentResource>>>,
    /// The parsed files, for the ids of their messages (see [`Catalog::ids`]).
    resources: Vec<std::sync::Arc<FluentResource>>,
    /// The messages of the translator's files, with their positions.
    translations: super::status::Found,
    /// Where each message of the other files (theme, terms, the source
    /// language's) was written, the last definition winning. A message of a
    /// translator's file is found in `translations`, not copied here.
    positions: std::collections::BTreeMap<String, super::ftl::FoundMessage>,
    /// Messages a translator's file defines that a later file of the others
    /// overrides.
    overridden: std::collections::BTreeSet<String>,
    /// Every file parsed without an error, so that each entry can be cut
    /// out of its file again (see [`Catalog::compact`]).
    clean: bool,
    /// Messages of plain text, formatted once: a compacted catalog keeps
    /// these as text and only the others as Fluent (see [`Catalog::compact`]).
    plain: PlainTexts,
    /// The user-interface ids, listed when first asked for: every page of
    /// every language asks for them and for the source language's.
    ui_ids: std::sync::OnceLock<Vec<String>>,
}

impl Catalog {
    /// Builds the catalog from files in precedence order (later files override
    /// earlier ones), reporting Fluent syntax errors with their location.
    pub fn build(
        lang: &str,
        files: Vec<FtlFile>,
        sources: &mut Sources,
        out: &mut Vec<Diagnostic>,
    ) -> Catalog {
        let mut clean = true;
        let mut resources = Vec::new();
        let mut translations = std::collections::BTreeMap::new();
        let mut positions = std::collections::BTreeMap::new();
        let mut overridden = std::collections::BTreeSet::new();
        for file in files {
            if let Some((offset, hazard)) = super::ftl::parser_hazard(&file.text) {
                out.push(
                    hazard_diagnostic(hazard)
                        .at(
                            &file.path,
                            crate::diagnostics::lines::pos_of(&file.text, offset),
                        )
                        .in_language(lang),
                );
                sources.insert(file.path.clone(), file.text);
                clean = false;
                continue;
            }
            let resource = match FluentResource::try_new(file.text) {
                Ok(r) => r,
                Err((r, errors)) => {
                    clean = false;
                    for e in errors {
                        // The parser notices a problem where it stops reading,
                        // often a line later; the entry it could not read starts
                        // where the writer made the mistake.
                        let at = crate::diagnostics::lines::pos_of(r.source(), e.pos.start);
                        let pos = e.slice.as_ref().map_or(at, |s| {
                            crate::diagnostics::lines::pos_of(r.source(), s.start)
                        });
                        out.push(
                            Diagnostic::error(
                                Code::FluentSyntax,
                                format!("invalid Fluent: {} (noticed at line {}, column {}); this entry is ignored", e.kind, at.line, at.col),
                            )
                            .at(&file.path, pos)
                            .in_language(lang)
                            .hint("a message is `id = text`; continuation lines must be indented and may not start with `[`, `*` or `.`; write `{\"{\"}` for a literal brace"),
                        );
                    }
                    r
                }
            };
            let found =
                super::ftl::found_messages(&file.path, resource.source(), resource.entries());
            if file.translation {
                for id in found.keys() {
                    overridden.remove(id);
                }
                merge(&mut translations, found);
            } else {
                overridden.extend(
                    found
                        .keys()
                        .filter(|id| translations.contains_key(*id))
                        .cloned(),
                );
                merge(&mut positions, found);
            }
            let resource = std::sync::Arc::new(resource);
            sources.insert_shared(file.path, resource.clone());
            resources.push(resource);
        }
        Catalog {
            lang: lang.to_string(),
            bundle: std::sync::OnceLock::new(),
            resources,
            translations: std::sync::Arc::new(translations),
            positions,
            overridden,
            clean,
            plain: PlainTexts::default(),
            ui_ids: std::sync::OnceLock::new(),
        }
    }

    /// The bundle, filled with every message (later files overriding) the
    /// first time it is needed.
    fn bundle(&self) -> &FluentBundle<std::sync::Arc<FluentResource>> {
        self.bundle.get_or_init(|| {
            let mut bundle = new_bundle(&self.lang);
            for resource in &self.resources {
                bundle.add_resource_overriding(resource.clone());
            }
            bundle
        })
    }

    /// Where message `id` was written, if in a file.
    pub fn position(&self, id: &str) -> Option<&super::ftl::FoundMessage> {
        if self.overridden.contains(id) {
            return self.positions.get(id);
        }
        self.translations.get(id).or_else(|| self.positions.get(id))
    }

    /// Formats `id` and returns Fluent's complaints too (a reference to a
    /// message or term that does not exist, a cycle); the page renders the
    /// text regardless, so the checks report these.
    pub fn format_reporting(&self, id: &str, args: &FluentArgs<'_>) -> Vec<String> {
        let Some(pattern) = self.bundle().get_message(id).and_then(|m| m.value()) else {
            return Vec::new();
        };
        let mut errors = Vec::new();
        let _ = self
            .bundle()
            .format_pattern(pattern, Some(args), &mut errors);
        errors
            .into_iter()
            .filter(|e| {
                // Unknown variables are the narrative check's unknown placeables.
                !matches!(
                    e,
                    fluent_bundle::FluentError::ResolverError(
                        fluent_bundle::resolver::ResolverError::Reference(
                            fluent_bundle::resolver::errors::ReferenceKind::Variable { .. }
                        )
                    )
                )
            })
            .map(|e| e.to_string())
            .collect()
    }

    /// The messages found in the translator's files, by id.
    /// Shared: cloning the handle copies nothing.
    pub fn translations(&self) -> &super::status::Found {
        &self.translations
    }

    pub fn has(&self, id: &str) -> bool {
        self.plain.get(id).is_some() || self.bundle().has_message(id)
    }

    /// Drops what only the checks read (where each message was written, and
    /// the translator's texts with the positions of their parts): a build
    /// that has checked renders from the bundle alone. On a site of 80
    /// languages this is a third of the catalogs' memory.
    pub fn forget_positions(&mut self) {
        self.positions = std::collections::BTreeMap::new();
        self.overridden = std::collections::BTreeSet::new();
        self.translations = super::status::Found::default();
    }

    /// Keeps only what formatting reads, in less memory: each message of
    /// plain text as its formatted text, and the others (with placeables,
    /// attributes or no value), every term and the messages they refer to,
    /// cut out of their files and parsed again on their own. Fluent's syntax
    /// tree costs about four times the text it was parsed from; on a site of
    /// 80 languages the catalogs held 166 MB, most of it for plain prose.
    /// Formatting gives the same text before and after, so a build compacts
    /// each catalog as soon as it is built (`Plan::compacting`) and checks
    /// and renders it compact. A catalog whose files did not all parse is
    /// left as it is (nothing renders from it).
    pub fn compact(&mut self) {
        use fluent_syntax::ast::Entry;
        if !self.clean || !self.plain.is_empty() {
            return;
        }
        // The definition in force of each message and term: the last one, as
        // `add_resource_overriding` keeps it.
        let mut in_force: std::collections::HashMap<
            (bool, &str),
            (usize, usize),
            crate::prose::hash::KeyHashBuild,
        > = std::collections::HashMap::with_capacity_and_hasher(
            self.resources.iter().map(|r| r.entries().count()).sum(),
            Default::default(),
        );
        for (r, resource) in self.resources.iter().enumerate() {
            for (e, entry) in resource.entries().enumerate() {
                match entry {
                    Entry::Message(m) => in_force.insert((false, m.id.name), (r, e)),
                    Entry::Term(t) => in_force.insert((true, t.id.name), (r, e)),
                    _ => None,
                };
            }
        }
        let mut plain: Vec<(&str, Vec<&str>)> = Vec::new();
        let mut kept: std::collections::BTreeSet<(usize, usize)> = Default::default();
        let mut referred: Vec<&str> = Vec::new();
        // In the files' order, each id once: its definition in force.
        let entries = self.resources.iter().enumerate().flat_map(|(r, resource)| {
            resource
                .entries()
                .enumerate()
                .map(move |(e, entry)| ((r, e), entry))
        });
        for (at, entry) in entries {
            let (term, id, value, attributes) = match entry {
                Entry::Message(m) => (false, m.id.name, m.value.as_ref(), &m.attributes),
                Entry::Term(t) => (true, t.id.name, Some(&t.value), &t.attributes),
                _ => continue,
            };
            if in_force.get(&(term, id)) != Some(&at) {
                continue;
            }
            if !term
                && attributes.is_empty()
                && let Some(parts) = value.and_then(text_parts)
            {
                plain.push((id, parts));
                continue;
            }
            kept.insert(at);
            let patterns = value.into_iter().chain(attributes.iter().map(|a| &a.value));
            for pattern in patterns {
                super::ftl::visit_inline(pattern, &mut |inline| {
                    if let fluent_syntax::ast::InlineExpression::MessageReference { id, .. } =
                        inline
                    {
                        referred.push(id.name);
                    }
                });
            }
        }
        // A message that a kept one refers to is kept with it, even when plain.
        kept.extend(referred.iter().filter_map(|id| in_force.get(&(false, *id))));
        let mut text = String::new();
        for (r, resource) in self.resources.iter().enumerate() {
            let source = resource.source();
            let starts: Vec<usize> = resource
                .entries()
                .filter_map(|entry| entry_start(source, entry))
                .collect();
            let mut entry_index = 0;
            for (e, entry) in resource.entries().enumerate() {
                if entry_start(source, entry).is_none() {
                    continue;
                }
                if kept.contains(&(r, e)) {
                    let end = starts.get(entry_index + 1).copied().unwrap_or(source.len());
                    text.push_str(&source[starts[entry_index]..end]);
                    if !text.ends_with('\n') {
                        text.push('\n');
                    }
                }
                entry_index += 1;
            }
        }
        let Some(plain) = PlainTexts::new(plain) else {
            return;
        };
        let Ok(resource) = FluentResource::try_new(text) else {
            return;
        };
        let resource = std::sync::Arc::new(resource);
        let mut bundle = new_bundle(&self.lang);
        bundle.add_resource_overriding(resource.clone());
        self.bundle = std::sync::OnceLock::from(bundle);
        self.resources = vec![resource];
        self.plain = plain;
    }

    /// The message `id` formatted with `args`, or `None` when it does not exist.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        if let Some(text) = self.plain.get(id) {
            return Some(text.to_string());
        }
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        self.format_in_bundle(id, &fargs)
    }

    /// The message `id` formatted with prepared arguments.
    pub fn format_with(&self, id: &str, args: &FluentArgs<'_>) -> Option<String> {
        if let Some(text) = self.plain.get(id) {
            return Some(text.to_string());
        }
        self.format_in_bundle(id, args)
    }

    /// A message that is not among the plain texts, formatted by Fluent.
    fn format_in_bundle(&self, id: &str, args: &FluentArgs<'_>) -> Option<String> {
        let message = self.bundle().get_message(id)?;
        let pattern = message.value()?;
        Some(self.write_pattern(pattern, args))
    }

    /// `pattern` formatted into a string sized for it from the start: what
    /// `format_pattern` gives, without growing its string piece by piece.
    fn write_pattern(
        &self,
        pattern: &fluent_syntax::ast::Pattern<&str>,
        args: &FluentArgs<'_>,
    ) -> String {
        use fluent_syntax::ast::PatternElement;
        let capacity = pattern
            .elements
            .iter()
            .map(|e| match e {
                PatternElement::TextElement { value } => value.len(),
                PatternElement::Placeable { .. } => 24,
            })
            .sum();
        let mut text = String::with_capacity(capacity);
        let mut errors = Vec::new();
        // Writing to a string cannot fail.
        let _ = self
            .bundle()
            .write_pattern(&mut text, pattern, Some(args), &mut errors);
        text
    }

    /// Every message (not term) id, sorted. Listed from the parsed files
    /// when asked, a few times per language, rather than kept as a copy: on
    /// a site of 80 languages the copy held 168,000 strings.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        self.ids_where(|_| true).into_iter()
    }

    /// The ids of the messages whose value holds a placeable, sorted: the
    /// only ones whose formatting can fail (a text alone formats as itself),
    /// a small part of a catalog's thousands.
    pub fn ids_with_placeables(&self) -> Vec<&str> {
        use fluent_syntax::ast::{Entry, PatternElement};
        let mut ids: Vec<&str> = self
            .resources
            .iter()
            .flat_map(|r| r.entries())
            .filter_map(|entry| match entry {
                Entry::Message(m) => m
                    .value
                    .as_ref()?
                    .elements
                    .iter()
                    .any(|e| matches!(e, PatternElement::Placeable { .. }))
                    .then_some(m.id.name),
                _ => None,
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// The ids of the user-interface strings (not the notice's content),
    /// sorted: what a template's `t` holds. A few hundred of a catalog's
    /// thousands, so they are picked before sorting.
    pub fn ui_ids(&self) -> &[String] {
        self.ui_ids.get_or_init(|| {
            self.ids_where(|id| !super::messages::is_content_id(id))
                .into_iter()
                .map(str::to_string)
                .collect()
        })
    }

    fn ids_where(&self, keep: impl Fn(&str) -> bool) -> Vec<&str> {
        let mut ids: Vec<&str> = self
            .resources
            .iter()
            .flat_map(|r| r.entries())
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .chain(self.plain.ids())
            .filter(|id| keep(id))
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids
    }

    /// A message without arguments; the id itself when missing, so a gap is visible.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[]).unwrap_or_else(|| id.to_string())
    }
}

/// `later`'s entries added to `map`, overriding: taken whole when `map` is
/// empty, as for most languages' one file of each kind, instead of inserted
/// one by one (thousands of comparisons of ids with common prefixes).
fn merge<V>(
    map: &mut std::collections::BTreeMap<String, V>,
    later: std::collections::BTreeMap<String, V>,
) {
    if map.is_empty() {
        *map = later;
    } else {
        map.extend(later);
    }
}

/// The parts of a pattern of text alone, which Fluent formats as the parts
/// joined; `None` for a pattern with a placeable.
fn text_parts<'t>(pattern: &fluent_syntax::ast::Pattern<&'t str>) -> Option<Vec<&'t str>> {
    use fluent_syntax::ast::PatternElement;
    pattern
        .elements
        .iter()
        .map(|e| match e {
            PatternElement::TextElement { value } => Some(*value),
            PatternElement::Placeable { .. } => None,
        })
        .collect()
}

/// The texts of a compacted catalog's plain messages, in one buffer: on a
/// site of 80 languages, 160,000 messages held as a map of two strings
/// each cost three times their text.
#[derive(Default)]
struct PlainTexts {
    /// Each message's id, then its text.
    buffer: String,
    /// Where each id starts, where it ends and its text starts, and where
    /// the text ends; in the files' order.
    index: Vec<[u32; 3]>,
    /// An open-addressed table of positions in `index` plus one (0: empty),
    /// by the id's hash: every page and check looks messages up by id, and
    /// a binary search compared a dozen ids with long common prefixes
    /// (`product-…-description`) for each.
    slots: Vec<u32>,
}

impl PlainTexts {
    /// From each message's id and the parts of its text, ids unique, kept
    /// in the order given (lookups go by hash, so no order is needed);
    /// `None` when they do not fit the index's 32-bit offsets.
    fn new(messages: Vec<(&str, Vec<&str>)>) -> Option<PlainTexts> {
        let size = messages
            .iter()
            .map(|(id, parts)| id.len() + parts.iter().map(|p| p.len()).sum::<usize>())
            .sum();
        u32::try_from(size).ok()?;
        let mut buffer = String::with_capacity(size);
        let mut index = Vec::with_capacity(messages.len());
        let at = |b: &String| b.len() as u32;
        for (id, parts) in messages {
            let start = at(&buffer);
            buffer.push_str(id);
            let text = at(&buffer);
            parts.iter().for_each(|p| buffer.push_str(p));
            index.push([start, text, at(&buffer)]);
        }
        // At most half full, so that a probe ends soon at an empty slot.
        let mut slots = vec![0u32; (index.len() * 2).next_power_of_two().max(2)];
        let mask = slots.len() - 1;
        for (i, entry) in index.iter().enumerate() {
            let id = &buffer[entry[0] as usize..entry[1] as usize];
            let mut slot = slot_of(id) & mask;
            while slots[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            slots[slot] = u32::try_from(i + 1).ok()?;
        }
        Some(PlainTexts {
            buffer,
            index,
            slots,
        })
    }

    fn id(&self, entry: &[u32; 3]) -> &str {
        &self.buffer[entry[0] as usize..entry[1] as usize]
    }

    fn get(&self, id: &str) -> Option<&str> {
        if self.slots.is_empty() {
            return None;
        }
        let mask = self.slots.len() - 1;
        let mut slot = slot_of(id) & mask;
        loop {
            let i = *self.slots.get(slot)?;
            let [start, text, end] = *self.index.get(i.checked_sub(1)? as usize)?;
            if &self.buffer[start as usize..text as usize] == id {
                return Some(&self.buffer[text as usize..end as usize]);
            }
            slot = (slot + 1) & mask;
        }
    }

    fn ids(&self) -> impl Iterator<Item = &str> {
        self.index.iter().map(|e| self.id(e))
    }

    fn is_empty(&self) -> bool {
        self.index.is_empty()
    }
}

/// Where the table of [`PlainTexts`] starts looking for `id`.
fn slot_of(id: &str) -> usize {
    use std::hash::Hasher;
    let mut h = crate::prose::hash::KeyHasher::default();
    h.write(id.as_bytes());
    let h = h.finish();
    // The high bits folded in: a mask keeps only the low ones.
    (h ^ (h >> 32)) as usize
}

/// An empty bundle for `lang`, as every catalog formats.
fn new_bundle(lang: &str) -> FluentBundle<std::sync::Arc<FluentResource>> {
    let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
    let mut bundle = FluentBundle::new_concurrent(vec![langid]);
    // Bidi isolation marks would end up inside HTML attributes and headings.
    bundle.set_use_isolating(false);
    bundle
}

/// Where a message or term starts in its file (its id is borrowed from the
/// text, so its address gives the offset); `None` for other entries.
fn entry_start(source: &str, entry: &fluent_syntax::ast::Entry<&str>) -> Option<usize> {
    use fluent_syntax::ast::Entry;
    let (id, sigil) = match entry {
        Entry::Message(m) => (m.id.name, 0),
        Entry::Term(t) => (t.id.name, 1),
        _ => return None,
    };
    let offset = (id.as_ptr() as usize).checked_sub(source.as_ptr() as usize)?;
    offset.checked_sub(sigil).filter(|o| *o <= source.len())
}

/// Why a file was not given to the Fluent parser.
fn hazard_diagnostic(hazard: super::ftl::ParserHazard) -> Diagnostic {
    use super::ftl::{MAX_NESTING, ParserHazard};
    match hazard {
        ParserHazard::TooDeep => Diagnostic::error(
            Code::FluentTooComplex,
            format!("placeables are nested more than {MAX_NESTING} levels deep; this file is ignored"),
        )
        .hint("write the nested selectors or placeables out as separate messages"),
        ParserHazard::CutEscape => Diagnostic::error(
            Code::FluentSyntax,
            "invalid Fluent: an escape sequence is cut short; this file is ignored",
        )
        .hint("write `\\u` with exactly 4 hex digits (`\\u00E9`) or `\\U` with 6, or the character itself"),
    }
}

impl crate::diagnostics::SourceText for FluentResource {
    fn text(&self) -> &str {
        self.source()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn file(path: &str, text: &str, translation: bool) -> FtlFile {
        FtlFile {
            path: path.to_string(),
            text: text.to_string(),
            translation,
        }
    }

    fn where_written(catalog: &Catalog, id: &str) -> (String, u32) {
        let found = catalog.position(id).expect("a position");
        (found.file.to_string(), found.pos.line)
    }

    /// A message is placed where its definition in force was written,
    /// whichever kind of file that is and in whatever order they come.
    #[test]
    fn a_message_is_placed_at_the_definition_in_force() {
        let files = vec![
            file("theme/ui.ftl", "a = theme\nb = theme\nc = theme\n", false),
            file(
                "locales/de/content.ftl",
                "\nb = translated\nc = translated\n",
                true,
            ),
            file("late.ftl", "\n\n\nc = late\n", false),
        ];
        let catalog = Catalog::build("de", files, &mut Sources::default(), &mut Vec::new());
        assert_eq!(where_written(&catalog, "a"), ("theme/ui.ftl".into(), 1));
        assert_eq!(
            where_written(&catalog, "b"),
            ("locales/de/content.ftl".into(), 2)
        );
        assert_eq!(where_written(&catalog, "c"), ("late.ftl".into(), 4));
        assert_eq!(catalog.text("c"), "late");
        // A translator's file defining it again takes it back.
        let files = vec![
            file("theme/ui.ftl", "c = theme\n", false),
            file("locales/de/content.ftl", "c = translated\n", true),
            file("late.ftl", "\nc = late\n", false),
            file("locales/de/more.ftl", "\n\nc = again\n", true),
        ];
        let catalog = Catalog::build("de", files, &mut Sources::default(), &mut Vec::new());
        assert_eq!(
            where_written(&catalog, "c"),
            ("locales/de/more.ftl".into(), 3)
        );
        assert_eq!(catalog.text("c"), "again");
        assert!(catalog.translations().contains_key("c"));
    }

    /// Compacting keeps every message's text, whatever it refers to and
    /// wherever its definition in force was written.
    #[test]
    fn a_compacted_catalog_formats_every_message_as_before() {
        let files = vec![
            file(
                "theme/ui.ftl",
                "## Theme\ntitle = Theme title\ncount = { $n ->\n    [one] one item\n   *[other] { $n } items\n}\nover = from the theme\n-brand = Acme\n",
                false,
            ),
            file(
                "locales/de/content.ftl",
                "# A comment on the next message.\nplain =\n    First line\n    second line.\n\nnamed = Made by { -brand } for { $who }.\nquoted = { \"{\" } literal\nlinked = See { plain } and { title }.\nattrs = With attributes\n    .label = A label\nonly-attrs =\n    .label = Only a label\nover = from the site\ndup = first\ndup = second\n-brand = { -base } GmbH\n-base = Acme\ncall = { NUMBER($n, minimumFractionDigits: 2) } { -brand(case: \"x\") }",
                true,
            ),
        ];
        let mut catalog = Catalog::build("de", files, &mut Sources::default(), &mut Vec::new());
        let ids: Vec<String> = catalog.ids().map(str::to_string).collect();
        let args = [
            ("n", FluentValue::from(3)),
            ("who", FluentValue::from("you")),
        ];
        // Whether each message exists, and its text without and with arguments.
        let formats = |catalog: &Catalog| -> Vec<(bool, Option<String>, Option<String>)> {
            ids.iter()
                .map(|id| {
                    let with_args = catalog.format(id, &args);
                    (catalog.has(id), catalog.format(id, &[]), with_args)
                })
                .collect()
        };
        let before = formats(&catalog);
        assert_eq!(catalog.text("named"), "Made by Acme GmbH for {$who}.");
        catalog.compact();
        assert!(!catalog.plain.is_empty(), "plain messages are kept as text");
        let after_ids: Vec<String> = catalog.ids().map(str::to_string).collect();
        assert_eq!(after_ids, ids);
        assert_eq!(formats(&catalog), before);
        assert_eq!(catalog.text("over"), "from the site");
        assert_eq!(catalog.text("dup"), "second");
        assert_eq!(
            catalog.text("linked"),
            "See First line\nsecond line. and Theme title."
        );
        assert_eq!(catalog.format("count", &args).as_deref(), Some("3 items"));
        assert!(!catalog.has("missing"));
    }

    /// Ids sharing long prefixes, as a site's do, each find their own text
    /// once kept as plain text, and near misses find none.
    #[test]
    fn a_compacted_catalog_finds_each_of_many_similar_ids() {
        let text: String = (0..600)
            .map(|i| format!("product-p{i}-description = Text {i}.\n"))
            .collect();
        let mut catalog = Catalog::build(
            "de",
            vec![file("locales/de/content.ftl", &text, true)],
            &mut Sources::default(),
            &mut Vec::new(),
        );
        catalog.compact();
        assert_eq!(catalog.plain.index.len(), 600);
        for i in 0..600 {
            assert_eq!(
                catalog.format(&format!("product-p{i}-description"), &[]),
                Some(format!("Text {i}."))
            );
        }
        for near in [
            "product-p6",
            "product-p600-description",
            "product-p1-descriptio",
            "",
        ] {
            assert!(!catalog.has(near), "{near}");
        }
    }

    /// A catalog with a file the parser could not read is not compacted:
    /// nothing renders from it, and its entries cannot be cut out reliably.
    #[test]
    fn a_catalog_with_a_broken_file_is_left_as_it_is() {
        let files = vec![file(
            "locales/de/content.ftl",
            "a = fine\nb = { broken\nc = fine too\n",
            true,
        )];
        let mut catalog = Catalog::build("de", files, &mut Sources::default(), &mut Vec::new());
        catalog.compact();
        assert!(catalog.plain.is_empty());
        assert_eq!(catalog.text("c"), "fine too");
    }
}
