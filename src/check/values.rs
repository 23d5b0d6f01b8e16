//! Values with a format: e-mail addresses, URLs, dates, durations, language tags,
//! and the closed vocabularies (roles, safeguards, blocks, ...).

use crate::diagnostics::{Diagnostic, suggest};
use crate::model::*;

/// True for an address a reader can write to: `local@domain.tld`.
pub fn is_email(text: &str) -> bool {
    let Some((local, domain)) = text.split_once('@') else {
        return false;
    };
    !local.is_empty()
        && !local.contains(char::is_whitespace)
        && local
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || "._%+-'".contains(c))
        && is_domain(domain)
}

fn is_domain(domain: &str) -> bool {
    let labels: Vec<&str> = domain.split('.').collect();
    labels.len() >= 2
        && labels.iter().all(|l| {
            !l.is_empty()
                && l.len() <= 63
                && !l.starts_with('-')
                && !l.ends_with('-')
                && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-')
        })
        && labels
            .last()
            .is_some_and(|tld| tld.chars().all(|c| c.is_ascii_alphabetic()) && tld.len() >= 2)
}

/// True for an absolute `http`/`https` URL with a real host name.
pub fn is_web_url(text: &str) -> bool {
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"));
    let Some(rest) = rest else { return false };
    let host_port = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = host_port.split(':').next().unwrap_or("");
    let port_ok = host_port
        .split_once(':')
        .is_none_or(|(_, p)| !p.is_empty() && p.chars().all(|c| c.is_ascii_digit()));
    (is_domain(host) || host == "localhost") && port_ok && !text.contains(char::is_whitespace)
}

pub use crate::model::is_language_tag;

pub struct ValueChecker<'a> {
    pub out: &'a mut Vec<Diagnostic>,
}

impl ValueChecker<'_> {
    pub fn email(&mut self, file: &str, what: &str, v: &Located<String>) {
        if is_email(&v.value) {
            return;
        }
        let hint = if !v.value.contains('@') {
            "write the whole address, e.g. privacy@example.com".to_string()
        } else if v.value.ends_with('@')
            || !v
                .value
                .split_once('@')
                .is_some_and(|(_, d)| d.contains('.'))
        {
            "the address has no domain: write it in full, e.g. privacy@example.com".to_string()
        } else {
            "write a plain address like privacy@example.com, without a name or mailto:".to_string()
        };
        self.out.push(
            Diagnostic::error(
                "invalid-email",
                format!("{what} `{}` is not a valid e-mail address", v.value),
            )
            .at(file, v.pos)
            .spanning(v.value.chars().count())
            .hint(hint),
        );
    }

    pub fn url(&mut self, file: &str, what: &str, v: &Located<String>) {
        if is_web_url(&v.value) {
            return;
        }
        let hint =
            if v.value.starts_with("www.") || is_domain(v.value.split('/').next().unwrap_or("")) {
                format!("add the scheme: https://{}", v.value)
            } else {
                "write an absolute address starting with https://".to_string()
            };
        self.out.push(
            Diagnostic::error(
                "invalid-url",
                format!("{what} `{}` is not a valid web address", v.value),
            )
            .at(file, v.pos)
            .spanning(v.value.chars().count())
            .hint(hint),
        );
    }

    pub fn date(&mut self, file: &str, what: &str, v: &Located<String>) {
        if let Err(e) = v.value.parse::<jiff::civil::Date>() {
            let detail = e.to_string();
            self.out.push(
                Diagnostic::error(
                    "invalid-date",
                    format!("{what} `{}` is not a valid date", v.value),
                )
                .at(file, v.pos)
                .spanning(v.value.chars().count())
                .hint(format!(
                    "write the date as YYYY-MM-DD, e.g. 2026-05-18 ({detail})"
                )),
            );
        }
    }

    /// A period: an ISO-8601 duration or an event; `allow_events` false for
    /// values that must be fixed (an upper bound).
    pub fn period(
        &mut self,
        file: &str,
        what: &str,
        v: &Located<String>,
        allow_events: bool,
    ) -> Option<Period> {
        let events: Vec<&str> = Event::ALL.iter().map(|e| e.id()).collect();
        match Period::parse(&v.value) {
            Ok(Period::Until(e)) if !allow_events => {
                self.out.push(
                    Diagnostic::error(
                        "invalid-duration",
                        format!("{what} must be a duration, not the event `{}`", e.id()),
                    )
                    .at(file, v.pos)
                    .spanning(v.value.chars().count())
                    .hint("write an ISO-8601 duration such as P2Y"),
                );
                None
            }
            Ok(p) => Some(p),
            Err(msg) => {
                let hint = if v.value.starts_with('P')
                    || v.value.chars().next().is_some_and(|c| c.is_ascii_digit())
                {
                    "write an ISO-8601 duration: P6M is six months, P2Y two years, P30D thirty days, PT30M thirty minutes".to_string()
                } else {
                    match suggest::closest(&v.value, events.iter().copied()) {
                        Some(best) => format!("did you mean the event `{best}`?"),
                        None => format!(
                            "write an ISO-8601 duration (P6M) or one of the events {}",
                            events.join(", ")
                        ),
                    }
                };
                self.out.push(
                    Diagnostic::error("invalid-duration", format!("{what}: {msg}"))
                        .at(file, v.pos)
                        .spanning(v.value.chars().count())
                        .hint(hint),
                );
                None
            }
        }
    }

    pub fn one_of(&mut self, file: &str, what: &str, v: &Located<String>, allowed: &[&str]) {
        if allowed.contains(&v.value.as_str()) {
            return;
        }
        self.out.push(
            Diagnostic::error(
                "invalid-value",
                format!("{what} `{}` is not one of the allowed values", v.value),
            )
            .at(file, v.pos)
            .spanning(v.value.chars().count())
            .maybe_hint(suggest::did_you_mean(&v.value, allowed)),
        );
    }

    pub fn not_blank(&mut self, file: &str, what: &str, v: &Located<String>, hint: &str) {
        if v.value.trim().is_empty() {
            self.out.push(
                Diagnostic::error("empty-value", format!("{what} is empty"))
                    .at(file, v.pos)
                    .hint(hint.to_string()),
            );
        }
    }
}

/// Checks every formatted value in the model.
pub fn check_values(notice: &Notice, out: &mut Vec<Diagnostic>) {
    let mut v = ValueChecker { out };
    let m = &notice.meta;
    let mf = notice.meta_file.as_str();
    v.not_blank(
        mf,
        "the title",
        &m.title,
        "write the statement's title, e.g. Privacy Statement",
    );
    v.not_blank(
        mf,
        "the version",
        &m.version,
        "write a version label, e.g. \"4.1\"",
    );
    v.date(mf, "effective_date", &m.effective_date);
    v.url(mf, "base_url", &m.base_url);
    if let Some(style) = &m.style {
        v.one_of(mf, "style", style, &["words-and-numerals", "numerals"]);
    }
    check_languages(notice, v.out);
    let o = &m.organisation;
    v.not_blank(
        mf,
        "organisation.legal_name",
        &o.legal_name,
        "write the registered legal name",
    );
    v.url(mf, "organisation.website", &o.website);
    v.email(mf, "contacts.privacy", &o.contacts.privacy);
    for (what, c) in [
        ("contacts.security", &o.contacts.security),
        ("contacts.support", &o.contacts.support),
    ] {
        if let Some(c) = c {
            v.email(mf, what, c);
        }
    }
    if let Some(dpo) = &m.data_protection_officer {
        v.email(mf, "data_protection_officer.email", &dpo.email);
    }
    let sa = &m.supervisory_authority;
    v.url(mf, "supervisory_authority.website", &sa.website);
    if let Some(u) = &sa.complaint_url {
        v.url(mf, "supervisory_authority.complaint_url", u);
    }

    for (file, s) in notice.all_sections() {
        v.not_blank(
            file,
            &format!("the title of section `{}`", s.id.value),
            &s.title,
            "write a heading for the section",
        );
        for b in &s.blocks {
            v.one_of(file, "block", b, BLOCK_KINDS);
        }
    }

    let d = &notice.data;
    for p in &d.products.items {
        let f = &d.products.file;
        v.not_blank(
            f,
            &format!("the name of product `{}`", p.id.value),
            &p.name,
            "every row of the product table needs the product's name; write it, or remove the product",
        );
        for member in &p.members {
            v.not_blank(
                f,
                &format!("a member of product `{}`", p.id.value),
                member,
                "write the member's name or remove the empty item",
            );
        }
        if p.categories.is_empty() {
            v.out.push(
                Diagnostic::error(
                    "empty-value",
                    format!("product `{}` lists no data categories", p.id.value),
                )
                .at(f, p.id.pos)
                .hint(
                    "list the ids of the data categories the product processes under `categories:`",
                ),
            );
        }
    }
    for c in &d.data_categories.items {
        if let Some(s) = &c.source {
            v.one_of(&d.data_categories.file, "source", s, DATA_SOURCES);
        }
        if let Some(def) = &c.definition {
            v.not_blank(
                &d.data_categories.file,
                "a footnote definition",
                def,
                "write the definition, or remove `definition:`",
            );
        }
    }
    for r in &d.retention.items {
        let f = &d.retention.file;
        let what = format!("the period of rule `{}`", r.id.value);
        let period = v.period(f, &what, &r.period, true);
        if let Some(max) = &r.max {
            let bound = v.period(
                f,
                &format!("the upper bound of rule `{}`", r.id.value),
                max,
                false,
            );
            if let (Some(Period::Duration(p)), Some(Period::Duration(b))) = (period, bound)
                && b.approx_days() <= p.approx_days()
            {
                v.out.push(
                    Diagnostic::error("invalid-bound", format!("rule `{}`: the upper bound {b} is not longer than the period {p}", r.id.value))
                        .at(f, max.pos)
                        .hint("`max` is the longest the data may be kept where a law demands it; make it longer than `period` or remove it"),
                );
            }
        }
        if let Some(e) = &r.ends_early {
            v.one_of(f, "ends_early", e, &Event::ALL.map(Event::id));
        }
    }
    for fact in &d.facts.items {
        let f = &d.facts.file;
        match (&fact.period, &fact.age) {
            (Some(p), None) => {
                v.period(
                    f,
                    &format!("the period of fact `{}`", fact.id.value),
                    p,
                    false,
                );
            }
            (None, Some(_)) => {}
            _ => v.out.push(
                Diagnostic::error(
                    "invalid-fact",
                    format!(
                        "fact `{}` needs exactly one of `period` or `age`",
                        fact.id.value
                    ),
                )
                .at(f, fact.id.pos)
                .hint("a deadline is `period: P1M`; a minimum age is `age: 16`"),
            ),
        }
    }
    for r in &d.recipients.items {
        v.one_of(&d.recipients.file, "role", &r.role, RECIPIENT_ROLES);
    }
    for s in &d.subprocessors.items {
        let f = &d.subprocessors.file;
        v.one_of(f, "safeguard", &s.safeguard, SAFEGUARDS);
        let in_eea = d
            .countries
            .items
            .iter()
            .find(|c| c.id.value == s.location.value)
            .map(|c| c.eea);
        if s.safeguard.value == "eea" && in_eea == Some(false) {
            v.out.push(
                Diagnostic::error("missing-safeguard", format!("sub-processor `{}` is outside the EEA but names no transfer safeguard", s.id.value))
                    .at(f, s.safeguard.pos)
                    .hint("name the safeguard the transfer relies on: adequacy-decision, standard-contractual-clauses, binding-corporate-rules or data-privacy-framework"),
            );
        }
    }
    for c in &d.cookies.items {
        let f = &d.cookies.file;
        v.one_of(f, "party", &c.party, COOKIE_PARTIES);
        if c.lifespan.value != Event::BrowserSession.id() {
            v.period(
                f,
                &format!("the lifespan of cookie `{}`", c.id.value),
                &c.lifespan,
                false,
            );
        }
    }
    for o in &d.offices.items {
        if let Some(e) = &o.email {
            v.email(
                &d.offices.file,
                &format!("the e-mail of office `{}`", o.id.value),
                e,
            );
        }
        if o.street.is_empty() {
            v.out.push(
                Diagnostic::error(
                    "empty-value",
                    format!("office `{}` has no street address", o.id.value),
                )
                .at(&d.offices.file, o.id.pos)
                .hint("list the street lines under `street:`"),
            );
        }
    }
}

fn check_languages(notice: &Notice, out: &mut Vec<Diagnostic>) {
    let m = &notice.meta;
    let f = notice.meta_file.as_str();
    if m.languages.is_empty() {
        out.push(
            Diagnostic::error("no-languages", "`languages` is empty")
                .in_file(f)
                .hint("list the languages, source language first: languages: [en, nl]"),
        );
    }
    let mut seen = Vec::new();
    for l in &m.languages {
        if !is_language_tag(&l.value) {
            out.push(
                Diagnostic::error(
                    "invalid-language",
                    format!("`{}` is not a language tag", l.value),
                )
                .at(f, l.pos)
                .hint("use a BCP 47 tag such as en, nl or pt-BR"),
            );
        }
        if seen.contains(&l.value.as_str()) {
            out.push(
                Diagnostic::error(
                    "duplicate-language",
                    format!("language `{}` is listed twice", l.value),
                )
                .at(f, l.pos)
                .hint("list each language once"),
            );
        }
        seen.push(&l.value);
    }
    if let Some(def) = &m.default_language
        && !seen.contains(&def.value.as_str())
    {
        out.push(
            Diagnostic::error(
                "invalid-language",
                format!(
                    "default_language `{}` is not one of the statement's languages",
                    def.value
                ),
            )
            .at(f, def.pos)
            .maybe_hint(suggest::did_you_mean(&def.value, &seen)),
        );
    }
}
