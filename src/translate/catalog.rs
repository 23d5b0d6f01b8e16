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
    /// Shared with the diagnostics' sources, which quote the resource's text.
    bundle: FluentBundle<std::sync::Arc<FluentResource>>,
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
        let langid: LanguageIdentifier = lang.parse().unwrap_or_default();
        let mut bundle = FluentBundle::new_concurrent(vec![langid]);
        // Bidi isolation marks would end up inside HTML attributes and headings.
        bundle.set_use_isolating(false);
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
                continue;
            }
            let resource = match FluentResource::try_new(file.text) {
                Ok(r) => r,
                Err((r, errors)) => {
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
                translations.extend(found);
            } else {
                overridden.extend(
                    found
                        .keys()
                        .filter(|id| translations.contains_key(*id))
                        .cloned(),
                );
                positions.extend(found);
            }
            let resource = std::sync::Arc::new(resource);
            sources.insert_shared(file.path, resource.clone());
            resources.push(resource.clone());
            bundle.add_resource_overriding(resource);
        }
        Catalog {
            lang: lang.to_string(),
            bundle,
            resources,
            translations: std::sync::Arc::new(translations),
            positions,
            overridden,
        }
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
        let Some(pattern) = self.bundle.get_message(id).and_then(|m| m.value()) else {
            return Vec::new();
        };
        let mut errors = Vec::new();
        let _ = self.bundle.format_pattern(pattern, Some(args), &mut errors);
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
        self.bundle.has_message(id)
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

    /// The message `id` formatted with `args`, or `None` when it does not exist.
    pub fn format(&self, id: &str, args: &[(&str, FluentValue<'_>)]) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut fargs = FluentArgs::new();
        for (k, v) in args {
            fargs.set(*k, v.clone());
        }
        let mut errors = Vec::new();
        let text = self
            .bundle
            .format_pattern(pattern, Some(&fargs), &mut errors);
        Some(text.into_owned())
    }

    /// The message `id` formatted with prepared arguments.
    pub fn format_with(&self, id: &str, args: &FluentArgs<'_>) -> Option<String> {
        let message = self.bundle.get_message(id)?;
        let pattern = message.value()?;
        let mut errors = Vec::new();
        Some(
            self.bundle
                .format_pattern(pattern, Some(args), &mut errors)
                .into_owned(),
        )
    }

    /// Every message (not term) id, sorted. Listed from the parsed files
    /// when asked, a few times per language, rather than kept as a copy: on
    /// a site of 80 languages the copy held 168,000 strings.
    pub fn ids(&self) -> impl Iterator<Item = &str> {
        let mut ids: Vec<&str> = self
            .resources
            .iter()
            .flat_map(|r| r.entries())
            .filter_map(|entry| match entry {
                fluent_syntax::ast::Entry::Message(m) => Some(m.id.name),
                _ => None,
            })
            .collect();
        ids.sort_unstable();
        ids.dedup();
        ids.into_iter()
    }

    /// A message without arguments; the id itself when missing, so a gap is visible.
    pub fn text(&self, id: &str) -> String {
        self.format(id, &[]).unwrap_or_else(|| id.to_string())
    }
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
}
