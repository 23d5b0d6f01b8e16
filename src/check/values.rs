//! Values beyond their types: required texts that are blank, the language
//! list, and each kind's own checks (declared with the kind). Formats (e-mail
//! addresses, dates, periods, closed vocabularies) were checked when the
//! model was loaded.

use crate::diagnostics::{Code, Diagnostic, suggest};
use crate::model::entity::CheckContext;
use crate::model::*;

/// Checks every value the types do not already guarantee.
pub fn check_values(notice: &Notice, out: &mut Vec<Diagnostic>) {
    let m = &notice.meta;
    let mf = notice.meta_file.as_str();
    let mut cx = CheckContext {
        notice,
        file: mf,
        out,
    };
    cx.not_blank(
        "the title",
        &m.title,
        "write the statement's title, e.g. Privacy Statement",
    );
    cx.not_blank(
        "the version",
        &m.version,
        "write a version label, e.g. \"4.1\"",
    );
    cx.not_blank(
        "organisation.legal_name",
        &m.organisation.legal_name,
        "write the registered legal name",
    );
    check_languages(notice, cx.out);
    for (file, s) in notice.all_sections() {
        let mut cx = CheckContext {
            notice,
            file,
            out: &mut *out,
        };
        if let Some(title) = &s.title {
            cx.not_blank(
                &format!("the title of section `{}`", s.id.as_str()),
                title,
                "write a heading for the section, or remove `title:` for a section without one (a preamble)",
            );
        }
    }
    notice.data.visit(&mut EntityChecks { notice, out });
}

struct EntityChecks<'a> {
    notice: &'a Notice,
    out: &'a mut Vec<Diagnostic>,
}

impl DataVisitor for EntityChecks<'_> {
    fn visit<E: Entity>(&mut self, items: &Collection<E>) {
        let mut cx = CheckContext {
            notice: self.notice,
            file: &items.file,
            out: self.out,
        };
        for e in &items.items {
            if !items.repaired.iter().any(|id| id == e.id().as_str()) {
                e.check(&mut cx);
            }
        }
    }
}

fn check_languages(notice: &Notice, out: &mut Vec<Diagnostic>) {
    let m = &notice.meta;
    let f = notice.meta_file.as_str();
    if m.languages.is_empty() {
        out.push(
            Diagnostic::error(Code::NoLanguages, "`languages` is empty")
                .in_file(f)
                .hint("list the languages, source language first: languages: [en, nl]"),
        );
    }
    let mut seen: Vec<&str> = Vec::new();
    for l in &m.languages {
        if seen.contains(&l.text()) {
            out.push(
                Diagnostic::error(
                    Code::DuplicateLanguage,
                    format!("language `{}` is listed twice", l.text()),
                )
                .at(f, l.pos)
                .hint("list each language once"),
            );
        }
        seen.push(l.text());
    }
    if let Some(def) = &m.default_language
        && def.get().is_some()
        && !seen.contains(&def.text())
    {
        out.push(
            Diagnostic::error(
                Code::InvalidLanguage,
                format!(
                    "default_language `{}` is not one of the statement's languages",
                    def.text()
                ),
            )
            .at(f, def.pos)
            .maybe_hint(suggest::did_you_mean(def.text(), &seen)),
        );
    }
}
