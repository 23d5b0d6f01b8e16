//! `cookies.yaml`: each cookie or similar technology.

use crate::diagnostics::{Code, Diagnostic};
use crate::model::entity::{CheckContext, Entity, Reference, Text, ViewContext};
use crate::model::values::Parsed;
use crate::model::{Event, Id, Kind, Located, Period};
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
    /// An ISO-8601 duration, or `browser-session`.
    pub lifespan: Located<Parsed<Period>>,
    pub purpose: Located<String>,
}

impl Cookie {
    pub fn lifespan(&self) -> Option<Period> {
        self.lifespan.get().copied()
    }
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
}

impl Entity for Cookie {
    type View = CookieView;

    fn references(&self) -> Vec<Reference<'_>> {
        vec![Reference::to(Kind::CookieCategory, &self.category)]
    }

    fn texts(&self) -> Vec<Text<'_>> {
        vec![Text::markdown("purpose", &self.purpose).about(format!(
            "what the cookie `{}` of {} is for; its lifespan is {}",
            self.name.as_str(),
            self.provider.as_str(),
            self.lifespan.text()
        ))]
    }

    fn proper_names(&self) -> Vec<&str> {
        vec![self.name.as_str(), self.provider.as_str()]
    }

    fn check(&self, cx: &mut CheckContext<'_>) {
        if let Some(Period::Until(e)) = self.lifespan()
            && e != Event::BrowserSession
        {
            cx.out.push(
                Diagnostic::error(
                    Code::InvalidDuration,
                    format!("the lifespan of cookie `{}` must be a duration or `browser-session`, not `{e}`", self.id.as_str()),
                )
                .at(cx.file, self.lifespan.pos)
                .spanning(self.lifespan.text().chars().count())
                .hint("write an ISO-8601 duration such as P13M, or browser-session for a session cookie"),
            );
        }
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
            lifespan: self.lifespan().map(|p| cx.period(&p)).unwrap_or_default(),
            purpose: cx.markdown(Kind::Cookie, id, "purpose").unwrap_or_default(),
        }
    }
}
