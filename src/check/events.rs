//! Events are an open vocabulary: a rule may name any kebab-case event. The
//! page writes each in words, so every language must have them: `event-<id>`
//! where an event ends a period ("until the end of the contract"),
//! `event-<id>-after` where a length counts from it ("after the ticket is
//! resolved"), `event-<id>-when` where it ends a period early ("when you
//! withdraw your consent"). A typo in an event id shows up here, with a
//! did-you-mean.

use crate::diagnostics::{Code, Diagnostic, suggest};
use crate::model::*;
use crate::translate::Catalog;

/// Every event the model names: where, which, and how it is used.
fn used_events(notice: &Notice) -> Vec<(&str, Pos, Event, EventUse)> {
    let d = &notice.data;
    let mut out = Vec::new();
    for r in &d.retention.items {
        for (pos, e, used) in r.events() {
            out.push((d.retention.file.as_str(), pos, e, used));
        }
    }
    for f in &d.facts.items {
        if let (Some(s), Some(e)) = (&f.start, f.start()) {
            out.push((d.facts.file.as_str(), s.pos, e.clone(), EventUse::Start));
        }
    }
    let lifespans = d
        .cookies
        .items
        .iter()
        .map(|c| (d.cookies.file.as_str(), Some(&c.lifespan)))
        .chain(
            d.cookie_categories
                .items
                .iter()
                .map(|c| (d.cookie_categories.file.as_str(), c.lifespan.as_ref())),
        );
    for (file, lifespan) in lifespans {
        for (pos, p) in lifespan.map(|l| l.items()).unwrap_or_default() {
            if let Some(Period::Until(e)) = p.get() {
                out.push((file, pos, e.clone(), EventUse::End));
            }
        }
    }
    out
}

/// Reports each event used without words in `lang`, once per event and use.
pub fn check_event_words(
    notice: &Notice,
    lang: &str,
    catalog: &Catalog,
    out: &mut Vec<Diagnostic>,
) {
    // A language without the theme's strings is reported as such; every
    // event would only repeat it.
    if !catalog.has("contents") {
        return;
    }
    let mut reported: Vec<String> = Vec::new();
    for (file, pos, event, used) in used_events(notice) {
        let (message, form) = match used {
            EventUse::End => (event.end_message(), "until ..."),
            EventUse::Start => (event.start_message(), "after ..."),
            EventUse::EarlyEnd => (event.early_message(), "when ..."),
        };
        if catalog.has(&message) || reported.contains(&message) {
            continue;
        }
        reported.push(message.clone());
        let typo = suggest::closest(event.id(), BUILTIN_EVENTS.iter().copied())
            .filter(|best| *best != event.id())
            .map(|best| format!("did you mean the built-in event `{best}`? Otherwise "))
            .unwrap_or_default();
        out.push(
            Diagnostic::error(
                Code::UnknownEvent,
                format!("event `{event}` has no words in `{lang}` (the message `{message}`)"),
            )
            .at(file, pos)
            .spanning(event.id().chars().count())
            .in_language(lang)
            .hint(format!(
                "{typo}add `{message} = {form}` to locales/{lang}/*.ftl, and its phrases to locales/{lang}/periods.yaml so that prose stating it is recognized"
            )),
        );
    }
}
