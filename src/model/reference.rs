//! Reference facts the theme ships in `theme/data/` (a site overrides a file
//! with its own `theme/data/<file>`): the EEA states, the European
//! Commission's adequacy decisions, and postal address layouts per country.
//! They are dated facts about the world, not about the notice, so a notice is
//! judged against them (a transfer to China on an "adequacy decision") and
//! its addresses are laid out by them. Each list says when it was compiled.

use serde::Deserialize;
use std::collections::BTreeMap;

/// The files of `theme/data/` that were read; a file that is missing or did
/// not parse is `None` (and reported), and what depends on it is not judged.
#[derive(Debug, Clone, Default)]
pub struct Reference {
    pub eea: Option<EeaList>,
    pub adequacy: Option<AdequacyList>,
    pub addresses: Option<AddressFormats>,
}

/// `theme/data/eea.yaml`.
#[derive(Debug, Clone, Deserialize)]
pub struct EeaList {
    pub as_of: String,
    pub countries: Vec<EeaCountry>,
}

#[derive(Debug, Clone, Deserialize)]
pub struct EeaCountry {
    /// ISO 3166-1 alpha-2, lower case.
    pub code: String,
    pub name: String,
    #[serde(default)]
    pub eu: bool,
}

/// `theme/data/adequacy.yaml`.
#[derive(Debug, Clone, Deserialize)]
pub struct AdequacyList {
    pub as_of: String,
    #[serde(default)]
    pub verified_through: Option<String>,
    pub in_force: Vec<Decision>,
    #[serde(default)]
    pub repealed: Vec<EndedDecision>,
    #[serde(default)]
    pub superseded: Vec<EndedDecision>,
}

/// An adequacy decision in force.
#[derive(Debug, Clone, Deserialize)]
pub struct Decision {
    pub id: String,
    /// ISO alpha-2 (or an international organisation's id).
    pub country: String,
    pub name: String,
    /// The official title and number ("Commission Implementing Decision (EU) 2023/1795").
    pub decision: String,
    pub adopted: String,
    /// `full`, or `restricted` to the recipients `restriction` names.
    pub scope: String,
    #[serde(default)]
    pub restriction: Option<String>,
    /// The last day it is valid, when it has a sunset clause.
    #[serde(default)]
    pub expires: Option<String>,
}

impl Decision {
    pub fn is_restricted(&self) -> bool {
        self.scope == "restricted"
    }
}

/// A decision no longer in force (declared invalid, or replaced).
#[derive(Debug, Clone, Deserialize)]
pub struct EndedDecision {
    pub country: String,
    #[serde(default)]
    pub name: Option<String>,
    pub decision: String,
    pub ended: String,
    #[serde(default)]
    pub reason: Option<String>,
}

/// `theme/data/address-formats.yaml`.
#[derive(Debug, Clone, Deserialize)]
pub struct AddressFormats {
    pub as_of: String,
    pub countries: BTreeMap<String, AddressFormat>,
}

/// How one country lays out a postal address.
#[derive(Debug, Clone, Deserialize)]
pub struct AddressFormat {
    /// Line templates with `{street}`, `{postal_code}`, `{city}`, `{region}`.
    pub lines: Vec<String>,
    /// `append` (default): the country name is printed as the last line;
    /// `included`: the last template line already names it (Singapore).
    #[serde(default)]
    pub country_line: Option<String>,
}

impl AddressFormat {
    /// Used for a country the list does not have: street, then postal code
    /// and city, then the region on a line of its own.
    pub fn fallback() -> AddressFormat {
        AddressFormat {
            lines: vec![
                "{street}".into(),
                "{postal_code} {city}".into(),
                "{region}".into(),
            ],
            country_line: None,
        }
    }

    pub fn appends_country(&self) -> bool {
        self.country_line.as_deref() != Some("included")
    }

    /// The address lines (without the country line): each template filled
    /// in, `{street}` expanded to one line per street line, lines trimmed and
    /// empty ones dropped, as the data's README prescribes.
    pub fn lines(
        &self,
        street: &[&str],
        postal_code: Option<&str>,
        city: &str,
        region: Option<&str>,
    ) -> Vec<String> {
        let mut out = Vec::new();
        for template in &self.lines {
            if template.trim() == "{street}" {
                out.extend(street.iter().map(|s| s.trim().to_string()));
                continue;
            }
            let joined = street.join(", ");
            let fields = [
                ("{street}", joined.as_str()),
                ("{postal_code}", postal_code.unwrap_or("").trim()),
                ("{city}", city.trim()),
                ("{region}", region.unwrap_or("").trim()),
                ("{country}", ""),
            ];
            let mut line = template.clone();
            for (field, value) in fields {
                // An absent field takes the comma before it along
                // ("{city}, {region} {postal_code}" without a region).
                if value.is_empty() {
                    line = line.replace(&format!(", {field}"), "");
                }
                line = line.replace(field, value);
            }
            let line = line.split_whitespace().collect::<Vec<_>>().join(" ");
            out.push(
                line.trim_matches(|c: char| c == ',' || c.is_whitespace())
                    .to_string(),
            );
        }
        out.retain(|l| !l.is_empty());
        out
    }
}

/// What the reference says about a destination country.
impl Reference {
    /// Whether `code` is an EEA state; `None` when the EEA list is unavailable.
    pub fn in_eea(&self, code: &str) -> Option<bool> {
        self.eea
            .as_ref()
            .map(|l| l.countries.iter().any(|c| c.code == code))
    }

    /// The adequacy decision in force for `code`, if any.
    pub fn adequacy(&self, code: &str) -> Option<&Decision> {
        self.adequacy
            .as_ref()?
            .in_force
            .iter()
            .find(|d| d.country == code)
    }

    /// Decisions for `code` that are no longer in force, newest last.
    pub fn ended_adequacy(&self, code: &str) -> Vec<&EndedDecision> {
        self.adequacy
            .as_ref()
            .map(|a| {
                a.repealed
                    .iter()
                    .chain(&a.superseded)
                    .filter(|d| d.country == code)
                    .collect()
            })
            .unwrap_or_default()
    }

    /// How addresses in `code` are laid out.
    pub fn address_format(&self, code: &str) -> AddressFormat {
        self.addresses
            .as_ref()
            .and_then(|a| a.countries.get(code))
            .cloned()
            .unwrap_or_else(AddressFormat::fallback)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn address_lines_follow_the_country() {
        let us = AddressFormat {
            lines: vec!["{street}".into(), "{city}, {region} {postal_code}".into()],
            country_line: None,
        };
        assert_eq!(
            us.lines(
                &["480 Larkin Wharf Street", "Suite 900"],
                Some("94107"),
                "San Francisco",
                Some("CA")
            ),
            [
                "480 Larkin Wharf Street",
                "Suite 900",
                "San Francisco, CA 94107"
            ]
        );
        let gb = AddressFormat {
            lines: vec!["{street}".into(), "{city}".into(), "{postal_code}".into()],
            country_line: None,
        };
        assert_eq!(
            gb.lines(&["17 Copperfield Yard"], Some("EC2A 4RT"), "London", None),
            ["17 Copperfield Yard", "London", "EC2A 4RT"]
        );
        // A missing region leaves no dangling comma.
        assert_eq!(
            us.lines(&["1 Main St"], Some("10001"), "New York", None),
            ["1 Main St", "New York 10001"]
        );
    }
}
