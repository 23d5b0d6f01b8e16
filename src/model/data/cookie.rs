//! `cookies.yaml`: each cookie or similar technology.

use super::transfer::{Derogation, Safeguard, Transfer, TransferView, WORLDWIDE, transfer_view};
use crate::diagnostics::{Code, Diagnostic};
use crate::model::entity::{CheckContext, Entity, Reference, Text, ViewContext};
use crate::model::values::{OneOrMany, Parsed};
use crate::model::{Id, Kind, Located, Period, Pos};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

crate::text_enum! {
    /// Who sets a cookie.
    Party ("a party (first or third)") {
        First = "first",
        Third = "third",
    }
}

/// One cookie or similar technology.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Cookie {
    pub id: Located<Id>,
    /// The cookie's technical name as the browser shows it.
    pub name: Located<String>,
    pub provider: Located<String>,
    /// Id of its category in `cookie-categories.yaml`.
    pub category: Located<Id>,
    /// `first` or `third` party.
    pub party: Located<Parsed<Party>>,
    /// An ISO-8601 duration, `browser-session`, `logout`, or a list of
    /// alternatives: `[browser-session, logout]` ("until you log out or close
    /// your browser").
    pub lifespan: Located<OneOrMany<Parsed<Period>>>,
    pub purpose: Located<String>,
    /// For a third-party cookie: the country id where its provider processes
    /// the data, or `worldwide`.
    #[serde(default)]
    pub location: Option<Located<Id>>,
    /// What a transfer to the provider rests on, when it is outside the EEA.
    #[serde(default)]
    pub safeguard: Option<Located<Parsed<Safeguard>>>,
    /// The points of Art. 49(1) a `derogation` rests on: `b` or `[b, c]`.
    #[serde(default)]
    pub derogation: Option<Located<OneOrMany<Parsed<Derogation>>>>,
    /// True when the provider is certified under the EU-US Data Privacy Framework.
    #[serde(default)]
    pub dpf_certified: Option<Located<bool>>,
}

impl Cookie {
    /// A third-party cookie sends data to its provider; a first-party one
    /// stays with the organisation.
    pub fn transfer<'a>(&'a self, file: &'a str) -> Option<Transfer<'a>> {
        (self.party.get() == Some(&Party::Third)).then_some(Transfer {
            kind: Kind::Cookie,
            id: &self.id,
            file,
            location: self.location.as_ref(),
            safeguard: self.safeguard.as_ref(),
            derogation: self.derogation.as_ref(),
            dpf_certified: self.dpf_certified.as_ref(),
        })
    }

    /// The alternatives of the lifespan that parsed.
    pub fn lifespan(&self) -> Vec<Period> {
        lifespan_alternatives(&self.lifespan)
    }
}

/// The parsed alternatives of a lifespan.
pub fn lifespan_alternatives(lifespan: &Located<OneOrMany<Parsed<Period>>>) -> Vec<Period> {
    lifespan
        .items()
        .into_iter()
        .filter_map(|(_, p)| p.get().cloned())
        .collect()
}

/// The built-in events that can end a cookie's life.
pub const COOKIE_EVENTS: &[&str] = &["browser-session", "logout", "consent-withdrawn"];

/// A lifespan may end with the events of a browser or a session; a built-in
/// event about contracts or requests is a mistake. A site's own events are
/// its own business.
pub fn check_lifespan(
    cx: &mut CheckContext<'_>,
    what: &str,
    lifespan: &Located<OneOrMany<Parsed<Period>>>,
) {
    for (pos, p) in lifespan.items() {
        if let Some(Period::Until(e)) = p.get()
            && e.is_builtin()
            && !COOKIE_EVENTS.contains(&e.id())
        {
            cx.out.push(lifespan_error(cx.file, pos, what, e.id(), p.text()));
        }
    }
}

fn lifespan_error(file: &str, pos: Pos, what: &str, event: &str, text: &str) -> Diagnostic {
    Diagnostic::error(
        Code::InvalidDuration,
        format!("the lifespan of {what} must be a duration or one of {}, not `{event}`", COOKIE_EVENTS.join(", ")),
    )
    .at(file, pos)
    .spanning(text.chars().count())
    .hint("write an ISO-8601 duration such as P13M, or browser-session for a session cookie")
}

#[derive(Serialize)]
pub struct CookieView {
    pub id: String,
    pub name: String,
    pub provider: String,
    pub category: Html,
    pub party: String,
    pub lifespan: String,
    pub purpose: Html,
    pub transfer: Option<TransferView>,
}

impl Entity for Cookie {
    type View = CookieView;

    fn references(&self) -> Vec<Reference<'_>> {
        let mut refs = vec![Reference::to(Kind::CookieCategory, &self.category)];
        refs.extend(
            self.location
                .iter()
                .filter(|l| l.as_str() != WORLDWIDE)
                .map(|l| Reference::to(Kind::Country, l)),
        );
        refs
    }

    fn texts(&self) -> Vec<Text<'_>> {
        vec![Text::markdown("purpose", &self.purpose).about(format!(
            "what the cookie `{}` of {} is for; its lifespan is {}",
            self.name.as_str(),
            self.provider.as_str(),
            self.lifespan
                .items()
                .iter()
                .map(|(_, p)| p.text())
                .collect::<Vec<_>>()
                .join(" or ")
        ))]
    }

    fn proper_names(&self) -> Vec<&str> {
        vec![self.name.as_str(), self.provider.as_str()]
    }

    fn check(&self, cx: &mut CheckContext<'_>) {
        check_lifespan(cx, &format!("cookie `{}`", self.id.as_str()), &self.lifespan);
    }

    fn view(&self, cx: &mut dyn ViewContext) -> CookieView {
        let id = self.id.as_str();
        CookieView {
            id: id.to_string(),
            name: self.name.value.clone(),
            provider: self.provider.value.clone(),
            category: if cx
                .notice()
                .data
                .cookie_categories
                .find(&self.category)
                .is_some()
            {
                cx.name_of(Kind::CookieCategory, &self.category)
            } else {
                Html::text(&self.category)
            },
            party: self
                .party
                .get()
                .map(|p| cx.ui(&format!("party-{p}"), &[]))
                .unwrap_or_default(),
            lifespan: cx.period_phrase(&self.lifespan(), crate::model::Qualifier::Exactly, None),
            purpose: cx.markdown(Kind::Cookie, id, "purpose").unwrap_or_default(),
            transfer: self.transfer("").map(|t| transfer_view(cx, &t)),
        }
    }
}
