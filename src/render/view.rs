//! The page as templates see it: the model resolved for one language (names
//! instead of ids, periods in words, Markdown as HTML), so templates stay simple.

use crate::model::*;
use crate::translate::Catalog;
use crate::translate::localize::{Localizer, escape_html};
use crate::translate::periods::{date_text, duration_text, event_text, join_list, period_text};
use fluent_bundle::FluentValue;
use serde::Serialize;
use std::collections::BTreeMap;

#[derive(Serialize)]
pub struct PageView {
    pub lang: String,
    pub source_lang: String,
    /// Plain text (for `<title>`); `title_html` carries `lang` markup if untranslated.
    pub title: String,
    pub title_html: String,
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
    pub products: Vec<ProductView>,
    pub product_notes: Vec<NoteView>,
    pub retention: Vec<RetentionView>,
    pub cookie_categories: Vec<CookieCategoryView>,
    pub cookies: Vec<CookieView>,
    pub subprocessors: Vec<SubprocessorView>,
    pub purposes: Vec<PurposeView>,
    pub legal_bases: Vec<LegalBasisView>,
    pub data_categories: Vec<DataCategoryView>,
    pub recipients: Vec<RecipientView>,
    pub rights: Vec<RightView>,
    pub offices: Vec<OfficeView>,
    pub affiliates: Vec<OfficeView>,
}

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
    pub country: String,
    pub website: String,
    pub complaint_url: String,
    pub complaint_text: String,
}

#[derive(Serialize)]
pub struct TocEntry {
    pub id: String,
    pub number: String,
    pub title: String,
    pub children: Vec<TocEntry>,
}

#[derive(Serialize)]
pub struct SectionView {
    pub id: String,
    pub number: String,
    pub title: String,
    /// The heading level: 2 for top-level sections, 3 for their subsections, ...
    pub level: u8,
    pub html: String,
    pub blocks: Vec<String>,
    /// Filled by the renderer: the HTML of each block, in order.
    pub blocks_html: Vec<String>,
    /// How many `</section>` to write after this one (itself plus ancestors it ends).
    pub closes: Vec<u8>,
}

#[derive(Serialize)]
pub struct ProductView {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub members: Vec<String>,
    pub members_text: Option<String>,
    pub categories: Vec<CategoryRef>,
}

#[derive(Serialize, Clone)]
pub struct CategoryRef {
    pub id: String,
    pub name: String,
    /// The footnote number when the category has a definition.
    pub note: Option<usize>,
}

#[derive(Serialize)]
pub struct NoteView {
    pub number: usize,
    pub id: String,
    pub name: String,
    pub html: String,
}

#[derive(Serialize)]
pub struct RetentionView {
    pub id: String,
    pub data: String,
    pub period: String,
    pub max: Option<String>,
    pub ends_early: Option<String>,
    pub reason: Option<String>,
}

#[derive(Serialize)]
pub struct CookieCategoryView {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub without_consent: bool,
}

#[derive(Serialize)]
pub struct CookieView {
    pub id: String,
    pub name: String,
    pub provider: String,
    pub category: String,
    pub party: String,
    pub lifespan: String,
    pub purpose: String,
}

#[derive(Serialize)]
pub struct SubprocessorView {
    pub id: String,
    pub name: String,
    pub purpose: String,
    pub location: String,
    pub safeguard: String,
}

#[derive(Serialize)]
pub struct PurposeView {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub legal_basis: String,
    pub categories: Vec<CategoryRef>,
}

#[derive(Serialize)]
pub struct LegalBasisView {
    pub id: String,
    pub name: String,
    pub article: Option<String>,
    pub description: Option<String>,
}

#[derive(Serialize)]
pub struct DataCategoryView {
    pub id: String,
    pub name: String,
    pub description: Option<String>,
    pub source: Option<String>,
    pub definition: Option<String>,
}

#[derive(Serialize)]
pub struct RecipientView {
    pub id: String,
    pub name: String,
    pub role: String,
    pub description: Option<String>,
}

#[derive(Serialize)]
pub struct RightView {
    pub id: String,
    pub name: String,
    pub article: Option<String>,
    pub description: Option<String>,
}

#[derive(Serialize, Clone)]
pub struct OfficeView {
    pub id: String,
    pub entity: String,
    pub street: Vec<String>,
    pub postal_code: Option<String>,
    pub city: String,
    pub region: Option<String>,
    pub country: String,
    pub email: Option<String>,
    pub headquarters: bool,
}

/// What the page builder needs besides the model.
pub struct PageSetup<'a> {
    pub localizer: &'a Localizer<'a>,
    /// Language names for the switcher, by tag, each in its own language.
    pub language_names: &'a BTreeMap<String, String>,
}

fn opt(v: &Option<Located<String>>) -> Option<String> {
    v.as_ref().map(|l| escape_html(&l.value))
}

/// Builds the view of the whole statement in one language. Text fields that
/// come from content are HTML (escaped, Markdown rendered, and wrapped with the
/// source language's `lang` where a translation is missing).
pub fn build_page(notice: &Notice, setup: &PageSetup<'_>) -> PageView {
    let tx = setup.localizer;
    let cat: &Catalog = tx.catalog;
    let d = &notice.data;
    let base_url = with_slash(&notice.meta.base_url.value);
    let lang = tx.lang.to_string();
    let country_name = |id: &str| tx.plain_html(&format!("country-{id}-name"), &id.to_uppercase());
    let category_name =
        |c: &DataCategory| tx.plain_html(&format!("category-{}-name", c.id.value), &c.name.value);
    let category = |id: &str| d.data_categories.items.iter().find(|c| c.id.value == id);

    // Footnote numbers for categories with definitions, in order of first use in the product table.
    let mut notes: Vec<NoteView> = Vec::new();
    let mut note_for = |c: &DataCategory| -> Option<usize> {
        c.definition.as_ref()?;
        if let Some(n) = notes.iter().find(|n| n.id == c.id.value) {
            return Some(n.number);
        }
        let number = notes.len() + 1;
        notes.push(NoteView {
            number,
            id: c.id.value.clone(),
            name: category_name(c),
            html: tx
                .markdown_inline(&format!("category-{}-definition", c.id.value), "products")
                .unwrap_or_default(),
        });
        Some(number)
    };
    let products = d
        .products
        .items
        .iter()
        .map(|p| {
            let members: Vec<String> = p.members.iter().map(|m| m.value.clone()).collect();
            let members_text = (!members.is_empty()).then(|| {
                let list = join_list(cat, &members);
                escape_html(
                    &cat.format(
                        "products-includes",
                        &[("members", FluentValue::from(list.as_str()))],
                    )
                    .unwrap_or(list),
                )
            });
            ProductView {
                id: p.id.value.clone(),
                name: tx.plain_html(&format!("product-{}-name", p.id.value), &p.name.value),
                description: tx
                    .markdown_inline(&format!("product-{}-description", p.id.value), "products"),
                members: members.iter().map(|m| escape_html(m)).collect(),
                members_text,
                categories: p
                    .categories
                    .iter()
                    .filter_map(|id| category(&id.value))
                    .map(|c| CategoryRef {
                        id: c.id.value.clone(),
                        name: category_name(c),
                        note: note_for(c),
                    })
                    .collect(),
            }
        })
        .collect();

    let retention = d
        .retention
        .items
        .iter()
        .map(|r| RetentionView {
            id: r.id.value.clone(),
            data: tx.plain_html(&format!("rule-{}-data", r.id.value), &r.data.value),
            period: escape_html(
                &Period::parse(&r.period.value)
                    .map(|p| period_text(cat, &p))
                    .unwrap_or_default(),
            ),
            max: r
                .max
                .as_ref()
                .and_then(|m| Period::parse(&m.value).ok())
                .map(|p| {
                    let text = period_text(cat, &p);
                    escape_html(
                        &cat.format(
                            "retention-max-value",
                            &[("period", FluentValue::from(text.as_str()))],
                        )
                        .unwrap_or(text),
                    )
                }),
            ends_early: r
                .ends_early
                .as_ref()
                .and_then(|e| Event::from_id(&e.value))
                .map(|e| escape_html(&event_text(cat, e))),
            reason: tx.markdown_inline(&format!("rule-{}-reason", r.id.value), "retention"),
        })
        .collect();

    let cookie_categories: Vec<CookieCategoryView> = d
        .cookie_categories
        .items
        .iter()
        .map(|c| CookieCategoryView {
            id: c.id.value.clone(),
            name: tx.plain_html(
                &format!("cookie-category-{}-name", c.id.value),
                &c.name.value,
            ),
            description: tx.markdown_inline(
                &format!("cookie-category-{}-description", c.id.value),
                "cookies",
            ),
            without_consent: c.without_consent,
        })
        .collect();
    let cookies = d
        .cookies
        .items
        .iter()
        .map(|c| CookieView {
            id: c.id.value.clone(),
            name: escape_html(&c.name.value),
            provider: escape_html(&c.provider.value),
            category: cookie_categories
                .iter()
                .find(|k| k.id == c.category.value)
                .map_or_else(|| escape_html(&c.category.value), |k| k.name.clone()),
            party: escape_html(&cat.text(&format!("party-{}", c.party.value))),
            lifespan: escape_html(&if c.lifespan.value == Event::BrowserSession.id() {
                event_text(cat, Event::BrowserSession)
            } else {
                IsoDuration::parse(&c.lifespan.value)
                    .map(|p| duration_text(cat, &p))
                    .unwrap_or_default()
            }),
            purpose: tx
                .markdown_inline(&format!("cookie-{}-purpose", c.id.value), "cookies")
                .unwrap_or_default(),
        })
        .collect();

    let office_view = |o: &Office| OfficeView {
        id: o.id.value.clone(),
        entity: escape_html(&o.entity.value),
        street: o.street.iter().map(|s| escape_html(&s.value)).collect(),
        postal_code: opt(&o.postal_code),
        city: escape_html(&o.city.value),
        region: opt(&o.region),
        country: country_name(&o.country.value),
        email: opt(&o.email),
        headquarters: o.id.value == notice.meta.organisation.headquarters.value,
    };
    let offices: Vec<OfficeView> = d.offices.items.iter().map(office_view).collect();
    let affiliates = notice
        .meta
        .affiliates
        .iter()
        .filter_map(|id| offices.iter().find(|o| o.id == id.value).cloned())
        .collect();

    let m = &notice.meta;
    let org = &m.organisation;
    let authority_name = m.supervisory_authority.name.value.clone();
    let complaint_url = m
        .supervisory_authority
        .complaint_url
        .as_ref()
        .unwrap_or(&m.supervisory_authority.website)
        .value
        .clone();

    let page_url = format!("{base_url}{lang}/");
    let alternates = m
        .languages
        .iter()
        .map(|l| Alternate {
            lang: l.value.clone(),
            url: format!("{base_url}{}/", l.value),
            href: format!("../{}/", l.value),
            name: setup
                .language_names
                .get(&l.value)
                .cloned()
                .unwrap_or_else(|| l.value.clone()),
            current: l.value == lang,
        })
        .collect();

    let date = date_text(cat, &m.effective_date.value);
    let args = [
        ("date", FluentValue::from(date.as_str())),
        ("version", FluentValue::from(m.version.value.as_str())),
        (
            "organisation",
            FluentValue::from(org.legal_name.value.as_str()),
        ),
        ("authority", FluentValue::from(authority_name.as_str())),
        ("url", FluentValue::from(page_url.as_str())),
    ];
    // UI strings only: content reaches templates through the fields above.
    let t = cat
        .ids()
        .filter(|id| !crate::translate::messages::is_content_id(id))
        .map(|id| (id.to_string(), cat.format(id, &args).unwrap_or_default()))
        .collect();

    let (toc, sections) = build_sections(notice, tx);

    PageView {
        source_lang: tx.source_lang.to_string(),
        title: tx.plain("notice-title", &m.title.value),
        title_html: tx.plain_html("notice-title", &m.title.value),
        version: m.version.value.clone(),
        effective_date: date,
        effective_date_iso: m.effective_date.value.clone(),
        canonical_url: page_url,
        base_url,
        root: "../".to_string(),
        alternates,
        t,
        organisation: OrganisationView {
            legal_name: escape_html(&org.legal_name.value),
            trade_name: opt(&org.trade_name),
            registration: opt(&org.registration),
            website: escape_html(&org.website.value),
            privacy_email: escape_html(&org.contacts.privacy.value),
            security_email: opt(&org.contacts.security),
            support_email: opt(&org.contacts.support),
            headquarters: offices.iter().find(|o| o.headquarters).cloned(),
        },
        dpo: m.data_protection_officer.as_ref().map(|p| DpoView {
            name: opt(&p.name),
            email: escape_html(&p.email.value),
        }),
        authority: AuthorityView {
            complaint_text: escape_html(
                &cat.format(
                    "complaint-link",
                    &[("authority", FluentValue::from(authority_name.as_str()))],
                )
                .unwrap_or_else(|| authority_name.clone()),
            ),
            name: escape_html(&authority_name),
            country: country_name(&m.supervisory_authority.country.value),
            website: escape_html(&m.supervisory_authority.website.value),
            complaint_url: escape_html(&complaint_url),
        },
        toc,
        sections,
        products,
        product_notes: notes,
        retention,
        cookie_categories,
        cookies,
        subprocessors: d
            .subprocessors
            .items
            .iter()
            .map(|s| SubprocessorView {
                id: s.id.value.clone(),
                name: escape_html(&s.name.value),
                purpose: tx
                    .markdown_inline(
                        &format!("subprocessor-{}-purpose", s.id.value),
                        "subprocessors",
                    )
                    .unwrap_or_default(),
                location: country_name(&s.location.value),
                safeguard: escape_html(&cat.text(&format!("safeguard-{}", s.safeguard.value))),
            })
            .collect(),
        purposes: d
            .purposes
            .items
            .iter()
            .map(|p| PurposeView {
                id: p.id.value.clone(),
                name: tx.plain_html(&format!("purpose-{}-name", p.id.value), &p.name.value),
                description: tx
                    .markdown_inline(&format!("purpose-{}-description", p.id.value), "purposes"),
                legal_basis: tx.plain_html(
                    &format!("legal-basis-{}-name", p.legal_basis.value),
                    &p.legal_basis.value,
                ),
                categories: p
                    .data_categories
                    .iter()
                    .filter_map(|id| category(&id.value))
                    .map(|c| CategoryRef {
                        id: c.id.value.clone(),
                        name: category_name(c),
                        note: None,
                    })
                    .collect(),
            })
            .collect(),
        legal_bases: d
            .legal_bases
            .items
            .iter()
            .map(|b| LegalBasisView {
                id: b.id.value.clone(),
                name: tx.plain_html(&format!("legal-basis-{}-name", b.id.value), &b.name.value),
                article: b.article.as_ref().map(|a| {
                    tx.plain_html(&format!("legal-basis-{}-article", b.id.value), &a.value)
                }),
                description: tx.markdown_inline(
                    &format!("legal-basis-{}-description", b.id.value),
                    "legal-bases",
                ),
            })
            .collect(),
        data_categories: d
            .data_categories
            .items
            .iter()
            .map(|c| DataCategoryView {
                id: c.id.value.clone(),
                name: category_name(c),
                description: tx.markdown_inline(
                    &format!("category-{}-description", c.id.value),
                    "data-categories",
                ),
                source: c
                    .source
                    .as_ref()
                    .map(|s| escape_html(&cat.text(&format!("source-{}", s.value)))),
                definition: tx.markdown_inline(
                    &format!("category-{}-definition", c.id.value),
                    "data-categories",
                ),
            })
            .collect(),
        recipients: d
            .recipients
            .items
            .iter()
            .map(|r| RecipientView {
                id: r.id.value.clone(),
                name: tx.plain_html(&format!("recipient-{}-name", r.id.value), &r.name.value),
                role: escape_html(&cat.text(&format!("role-{}", r.role.value))),
                description: tx.markdown_inline(
                    &format!("recipient-{}-description", r.id.value),
                    "recipients",
                ),
            })
            .collect(),
        rights: d
            .rights
            .items
            .iter()
            .map(|r| RightView {
                id: r.id.value.clone(),
                name: tx.plain_html(&format!("right-{}-name", r.id.value), &r.name.value),
                article: r
                    .article
                    .as_ref()
                    .map(|a| tx.plain_html(&format!("right-{}-article", r.id.value), &a.value)),
                description: tx
                    .markdown_inline(&format!("right-{}-description", r.id.value), "rights"),
            })
            .collect(),
        offices,
        affiliates,
        lang,
    }
}

/// The table of contents and the flat, numbered list of sections.
fn build_sections(notice: &Notice, tx: &Localizer<'_>) -> (Vec<TocEntry>, Vec<SectionView>) {
    let mut flat = Vec::new();
    let toc = notice
        .sections
        .iter()
        .enumerate()
        .map(|(i, f)| walk(&f.section, &(i + 1).to_string(), 2, tx, &mut flat))
        .collect();
    (toc, flat)
}

fn walk(
    s: &Section,
    number: &str,
    level: u8,
    tx: &Localizer<'_>,
    flat: &mut Vec<SectionView>,
) -> TocEntry {
    let id = &s.id.value;
    let title = tx.plain_html(&format!("section-{id}-title"), &s.title.value);
    flat.push(SectionView {
        id: id.clone(),
        number: number.to_string(),
        title: title.clone(),
        level: level.min(6),
        html: tx.markdown_block(&format!("section-{id}-body"), id, level),
        blocks: s.blocks.iter().map(|b| b.value.clone()).collect(),
        blocks_html: Vec::new(),
        closes: Vec::new(),
    });
    let children: Vec<TocEntry> = s
        .subsections
        .iter()
        .enumerate()
        .map(|(i, sub)| walk(sub, &format!("{number}.{}", i + 1), level + 1, tx, flat))
        .collect();
    // This section closes after its last descendant.
    let last = flat.len() - 1;
    flat[last].closes.push(1);
    TocEntry {
        id: id.clone(),
        number: number.to_string(),
        title,
        children,
    }
}

/// The base URL with exactly one trailing slash.
pub fn with_slash(url: &str) -> String {
    format!("{}/", url.trim_end_matches('/'))
}
