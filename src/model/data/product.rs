//! `products.yaml`: the rows of the "personal data per product" table.

use super::data_category::{CategoryRef, category_refs};
use crate::model::entity::{CheckContext, Entity, Reference, Text, ViewContext, optional};
use crate::model::{Id, Kind, Located};
use crate::prose::Html;
use schemars::JsonSchema;
use serde::{Deserialize, Serialize};

/// A product or service and the end-user data it involves.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Product {
    pub id: Located<Id>,
    pub name: Located<String>,
    #[serde(default)]
    pub description: Option<Located<String>>,
    /// For a grouped row ("Messaging channels"): the names of its members.
    #[serde(default)]
    pub members: Vec<Located<String>>,
    /// Ids of the data categories this product processes.
    pub categories: Vec<Located<Id>>,
}

/// Each member with the key of its message: its text in kebab case, with a
/// number added when two members would share one.
fn member_keys(members: &[Located<String>]) -> Vec<(String, &Located<String>)> {
    let mut seen: Vec<String> = Vec::new();
    members
        .iter()
        .filter(|m| !m.trim().is_empty())
        .map(|m| {
            let base = crate::model::entity::list_key(m);
            let mut key = base.clone();
            let mut n = 1;
            while seen.contains(&key) {
                n += 1;
                key = format!("{base}-{n}");
            }
            seen.push(key.clone());
            (key, m)
        })
        .collect()
}

#[derive(Serialize)]
pub struct ProductView {
    pub id: String,
    pub name: Html,
    pub description: Option<Html>,
    pub members: Vec<String>,
    pub members_text: Option<String>,
    pub categories: Vec<CategoryRef>,
}

impl Entity for Product {
    type View = ProductView;

    fn references(&self) -> Vec<Reference<'_>> {
        self.categories
            .iter()
            .map(|c| Reference::to(Kind::DataCategory, c))
            .collect()
    }

    fn texts(&self) -> Vec<Text<'_>> {
        let name = self.name.as_str();
        [
            Some(
                Text::plain("name", &self.name)
                    .about("a row of the table of personal data per product"),
            ),
            optional(&self.description, Text::markdown, "description"),
        ]
        .into_iter()
        .flatten()
        .chain(member_keys(&self.members).into_iter().map(|(key, m)| {
            Text::listed("member", &key, m)
                .about(format!("one of the members listed under \"{name}\" (a name: usually kept as it is)"))
        }))
        .collect()
    }

    fn proper_names(&self) -> Vec<&str> {
        let mut names = vec![self.name.as_str()];
        names.extend(self.members.iter().map(|m| m.as_str()));
        names
    }

    fn check(&self, cx: &mut CheckContext<'_>) {
        let id = self.id.as_str();
        cx.not_blank(
            &format!("the name of product `{id}`"),
            &self.name,
            "every row of the product table needs the product's name; write it, or remove the product",
        );
        for member in &self.members {
            cx.not_blank(
                &format!("a member of product `{id}`"),
                member,
                "write the member's name or remove the empty item",
            );
        }
        if self.categories.is_empty() {
            cx.out.push(
                crate::diagnostics::Diagnostic::error(
                    crate::diagnostics::Code::EmptyValue,
                    format!("product `{id}` lists no data categories"),
                )
                .at(cx.file, self.id.pos)
                .hint(
                    "list the ids of the data categories the product processes under `categories:`",
                ),
            );
        }
    }

    fn view(&self, cx: &mut dyn ViewContext) -> ProductView {
        let id = self.id.as_str();
        let members: Vec<String> = member_keys(&self.members)
            .into_iter()
            .map(|(key, m)| cx.plain_text(Kind::Product, id, &format!("member-{key}"), m))
            .collect();
        let members_text = (!members.is_empty()).then(|| {
            let list = cx.list(&members);
            cx.ui("products-includes", &[("members", &list)])
        });
        ProductView {
            id: id.to_string(),
            name: cx.plain(Kind::Product, id, "name", &self.name),
            description: cx.markdown(Kind::Product, id, "description"),
            members,
            members_text,
            categories: category_refs(cx, &self.categories, true),
        }
    }
}
