//! Content in one language, with the source language as the fallback: a
//! missing translation shows the source text, marked with the source language
//! so screen readers pronounce it right. The localizer is what entities'
//! views ask for texts, names, UI strings and periods.

use crate::model::entity::ViewContext;
use crate::model::{Event, Kind, Notice, Period, Qualifier};
use crate::prose::hash::KeyHashBuild;
use crate::prose::markdown::{render_inline, render_markdown, render_parts};
use crate::prose::{Html, escape_html};
use crate::translate::Catalog;
use crate::translate::messages::entity_message;
use crate::translate::periods::{join_list, join_or, period_phrase, period_text, start_text};
use fluent_bundle::{FluentArgs, FluentValue};
use std::cell::RefCell;
use std::collections::HashMap;

pub struct Localizer<'a> {
    pub notice: &'a Notice,
    pub lang: &'a str,
    pub catalog: &'a Catalog,
    pub source_lang: &'a str,
    pub source: &'a Catalog,
    /// Values for placeables (facts), already in this language.
    pub args: &'a FluentArgs<'a>,
    /// Names already formatted, by kind and entity id: a category or
    /// country name recurs in hundreds of table rows (keyed by the entity's
    /// id, so that a hit builds no message id).
    name_cache: RefCell<HashMap<Kind, HashMap<String, Html, KeyHashBuild>>>,
    /// Period phrases already worded: hundreds of cookies share a handful
    /// of lifespans.
    period_cache: RefCell<HashMap<PhraseKey, String, KeyHashBuild>>,
    /// Footnote numbers of definitions, in order of first use on the page.
    pub notes: Vec<(Kind, String)>,
    /// Whether each entity asked about has a definition, by kind and id:
    /// every row's categories ask, most of them of the same few entities.
    defined: HashMap<Kind, HashMap<String, bool, KeyHashBuild>>,
}

/// What a period phrase says: the periods, how they are meant, and when
/// they start.
type PhraseKey = (Vec<Period>, Qualifier, Option<Event>);

/// A text and whether it had to fall back to the source language.
pub struct Localized {
    pub text: String,
    pub fallback: bool,
}

impl<'a> Localizer<'a> {
    pub fn new(
        notice: &'a Notice,
        lang: &'a str,
        catalog: &'a Catalog,
        source: &'a Catalog,
        args: &'a FluentArgs<'a>,
    ) -> Localizer<'a> {
        Localizer {
            notice,
            lang,
            catalog,
            source_lang: notice.source_language(),
            source,
            args,
            name_cache: RefCell::default(),
            period_cache: RefCell::default(),
            notes: Vec::new(),
            defined: HashMap::new(),
        }
    }

    pub fn lookup(&self, id: &str) -> Option<Localized> {
        if let Some(text) = self.catalog.format_with(id, self.args) {
            return Some(Localized {
                text,
                fallback: false,
            });
        }
        self.source
            .format_with(id, self.args)
            .map(|text| Localized {
                text,
                fallback: self.lang != self.source_lang,
            })
    }

    /// Plain text, for attributes and `<title>`.
    pub fn plain(&self, id: &str, default: &str) -> String {
        self.lookup(id)
            .map_or_else(|| default.to_string(), |l| l.text)
    }

    /// Plain text as HTML, wrapped in a `lang` span when it fell back.
    pub fn plain_html(&self, id: &str, default: &str) -> Html {
        self.html_of(self.lookup(id), || default.to_string())
    }

    /// A looked-up text as HTML, marked with the source language when it
    /// fell back to it; the default is computed only when nothing was found.
    fn html_of(&self, found: Option<Localized>, default: impl FnOnce() -> String) -> Html {
        match found {
            Some(l) if l.fallback => Html::trusted(format!(
                "<span lang=\"{}\">{}</span>",
                self.source_lang,
                escape_html(&l.text)
            )),
            Some(l) => Html::text(&l.text),
            None => Html::text(&default()),
        }
    }

    /// Markdown rendered as blocks (a section body).
    pub fn markdown_block(&self, id: &str, section_id: &str, heading_level: u8) -> Html {
        match self.lookup(id) {
            Some(l) if l.fallback => Html::trusted(format!(
                "<div lang=\"{}\">\n{}</div>\n",
                self.source_lang,
                render_markdown(&l.text, section_id, heading_level)
            )),
            Some(l) => render_markdown(&l.text, section_id, heading_level),
            None => Html::default(),
        }
    }

    /// The parts of a section body (split at its block markers), rendered as
    /// one document; a part that fell back to the source language is marked
    /// with its language.
    pub fn markdown_parts(&self, ids: &[String], section_id: &str, heading_level: u8) -> Vec<Html> {
        let found: Vec<Option<Localized>> = ids.iter().map(|id| self.lookup(id)).collect();
        let texts: Vec<&str> = found
            .iter()
            .map(|l| l.as_ref().map_or("", |l| l.text.as_str()))
            .collect();
        render_parts(&texts, section_id, heading_level)
            .into_iter()
            .zip(&found)
            .map(|(html, l)| match l {
                Some(l) if l.fallback && !html.is_empty() => Html::trusted(format!(
                    "<div lang=\"{}\">\n{html}</div>\n",
                    self.source_lang
                )),
                _ => html,
            })
            .collect()
    }

    /// Markdown rendered inline (a table cell, a description).
    pub fn markdown_inline(&self, id: &str, namespace: &str) -> Option<Html> {
        let l = self.lookup(id)?;
        let html = render_inline(&l.text, namespace);
        Some(if l.fallback {
            Html::trusted(format!("<span lang=\"{}\">{html}</span>", self.source_lang))
        } else {
            html
        })
    }

    /// The text of a Markdown message as a reader sees it: the
    /// [`html_text`](super::snapshot::html_text) of its HTML. A plain line
    /// is its own text, with nothing to render or read back (most
    /// descriptions in a table, in every language).
    pub fn markdown_text(&self, id: &str, namespace: &str) -> Option<Localized> {
        let found = self.lookup(id)?;
        if crate::prose::markdown::is_plain_line(&found.text) {
            return Some(found);
        }
        let html = render_inline(&found.text, namespace);
        Some(Localized {
            text: super::snapshot::html_text(&html),
            fallback: found.fallback,
        })
    }

    /// A UI string with string arguments.
    pub fn ui_text(&self, id: &str, args: &[(&str, &str)]) -> Option<String> {
        let args: Vec<(&str, FluentValue<'_>)> = args
            .iter()
            .map(|(k, v)| (*k, FluentValue::from(*v)))
            .collect();
        self.catalog.format(id, &args)
    }
}

impl ViewContext for Localizer<'_> {
    fn plain(&self, kind: Kind, id: &str, field: &str, fallback: &str) -> Html {
        self.plain_html(&entity_message(kind, id, field), fallback)
    }

    fn plain_text(&self, kind: Kind, id: &str, field: &str, fallback: &str) -> String {
        self.plain(&entity_message(kind, id, field), fallback)
    }

    fn markdown(&self, kind: Kind, id: &str, field: &str) -> Option<Html> {
        let namespace = [kind.info().prefix, id].join("-");
        self.markdown_inline(&entity_message(kind, id, field), &namespace)
    }

    fn name_of(&self, kind: Kind, id: &str) -> Html {
        // Names are looked up for every row that mentions them: the model's
        // own text is only needed when no language has the message.
        let known = self
            .name_cache
            .borrow()
            .get(&kind)
            .and_then(|names| names.get(id).cloned());
        if let Some(html) = known {
            return html;
        }
        let html = self.html_of(self.lookup(&entity_message(kind, id, "name")), || {
            self.notice
                .data
                .text_of(kind, id, "name")
                .map_or(id, |t| t.value.as_str())
                .to_string()
        });
        self.name_cache
            .borrow_mut()
            .entry(kind)
            .or_default()
            .insert(id.to_string(), html.clone());
        html
    }

    fn ui(&self, id: &str, args: &[(&str, &str)]) -> String {
        self.ui_text(id, args).unwrap_or_else(|| {
            // Without the message, the best fallback is the first argument.
            args.first()
                .map_or_else(|| id.to_string(), |(_, v)| (*v).to_string())
        })
    }

    fn period(&self, period: &Period) -> String {
        period_text(self.catalog, period)
    }

    fn period_phrase(
        &self,
        alternatives: &[Period],
        qualifier: Qualifier,
        start: Option<&Event>,
    ) -> String {
        let key = (alternatives.to_vec(), qualifier, start.cloned());
        if let Some(phrase) = self.period_cache.borrow().get(&key) {
            return phrase.clone();
        }
        let phrase = period_phrase(self.catalog, alternatives, qualifier, start);
        self.period_cache.borrow_mut().insert(key, phrase.clone());
        phrase
    }

    fn event_start(&self, event: &Event) -> String {
        start_text(self.catalog, event)
    }

    fn list(&self, parts: &[String]) -> String {
        join_list(self.catalog, parts)
    }

    fn list_or(&self, parts: &[String]) -> String {
        join_or(self.catalog, parts)
    }

    fn note(&mut self, kind: Kind, id: &str) -> Option<usize> {
        let of_kind = self.defined.entry(kind).or_default();
        let defined = match of_kind.get(id) {
            Some(&known) => known,
            None => {
                let known = self.notice.data.text_of(kind, id, "definition").is_some();
                of_kind.insert(id.to_string(), known);
                known
            }
        };
        if !defined {
            return None;
        }
        let at = match self.notes.iter().position(|(k, n)| *k == kind && n == id) {
            Some(i) => i,
            None => {
                self.notes.push((kind, id.to_string()));
                self.notes.len() - 1
            }
        };
        Some(at + 1)
    }

    fn notice(&self) -> &Notice {
        self.notice
    }
}
