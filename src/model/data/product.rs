//! `products.yaml`: the rows of the "personal data per product" table. A row
//! names its data as category references or as free Markdown cells, either
//! flat or in labelled groups, each item optionally marked optional; a row may
//! carry a note, or hold only a note.
//!
//! Free texts are translatable messages named by position
//! (`product-<id>-item-2`, `product-<id>-group-1-item-3`): inserting an item
//! moves the ids after it, and the translation workflow reports those messages
//! as changed. Members are named by their text (`product-<id>-member-whatsapp`),
//! so reordering them changes nothing.

use super::data_category::{CategoryRef, category_refs};
use crate::diagnostics::{Code, Diagnostic};
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
    /// For a grouped row ("Messaging channels"): its members, translatable and
    /// shown as written.
    #[serde(default)]
    pub members: Vec<Located<String>>,
    /// A label before the members ("Includes:"), only when the writer wants one.
    #[serde(default)]
    pub members_label: Option<Located<String>>,
    /// Ids of the data categories this product processes (the short form of `items`).
    #[serde(default)]
    pub categories: Vec<Located<Id>>,
    /// The row's data, item by item: category references or free Markdown.
    #[serde(default)]
    pub items: Vec<Located<Item>>,
    /// Labelled groups of data inside the row ("From the caller", "From the network").
    #[serde(default)]
    pub groups: Vec<Group>,
    /// A note shown with the row; a row with a note may list no data.
    #[serde(default)]
    pub note: Option<Located<String>>,
}

/// One piece of data in a row: a data category or a free text, exactly one.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Item {
    /// A data category id.
    #[serde(default)]
    pub category: Option<Located<Id>>,
    /// Free Markdown in the source language ("Name **or** nickname").
    #[serde(default)]
    pub text: Option<Located<String>>,
    /// Marks data that is collected only when the user provides it.
    #[serde(default)]
    pub optional: bool,
}

/// A labelled group of data inside a row.
#[derive(Debug, Clone, Deserialize, Serialize, JsonSchema)]
#[serde(deny_unknown_fields)]
pub struct Group {
    /// The group's label in the source language.
    pub label: Located<String>,
    #[serde(default)]
    pub categories: Vec<Located<Id>>,
    #[serde(default)]
    pub items: Vec<Located<Item>>,
}

impl Group {
    fn is_empty(&self) -> bool {
        self.categories.is_empty() && self.items.is_empty()
    }
}

impl Product {
    /// True when the row names any data.
    fn has_data(&self) -> bool {
        !self.categories.is_empty() || !self.items.is_empty() || !self.groups.is_empty()
    }

    /// Every category the row refers to, in any item or group.
    fn category_ids(&self) -> Vec<&Located<Id>> {
        fn items(list: &[Located<Item>]) -> Vec<&Located<Id>> {
            list.iter().filter_map(|i| i.category.as_ref()).collect()
        }
        let mut ids: Vec<&Located<Id>> = self.categories.iter().collect();
        ids.extend(items(&self.items));
        for g in &self.groups {
            ids.extend(g.categories.iter());
            ids.extend(items(&g.items));
        }
        ids
    }
}

/// A cell item as templates see it.
#[derive(Serialize)]
pub struct ItemView {
    /// The category, when the item is one (with its footnote number).
    pub category: Option<CategoryRef>,
    /// The free text, rendered.
    pub text: Option<Html>,
    pub optional: bool,
}

#[derive(Serialize)]
pub struct GroupView {
    pub label: Html,
    pub items: Vec<ItemView>,
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
    pub members: Vec<Html>,
    pub members_label: Option<Html>,
    /// The row's own items: its categories, then its `items`.
    pub items: Vec<ItemView>,
    pub groups: Vec<GroupView>,
    pub note: Option<Html>,
    /// The categories the row names directly (kept for site templates written
    /// before items and groups).
    pub categories: Vec<CategoryRef>,
}

impl Entity for Product {
    type View = ProductView;

    fn references(&self) -> Vec<Reference<'_>> {
        self.category_ids()
            .into_iter()
            .map(|c| Reference::to(Kind::DataCategory, c))
            .collect()
    }

    fn texts(&self) -> Vec<Text<'_>> {
        let name = self.name.as_str();
        let mut texts: Vec<Text<'_>> = [
            Some(
                Text::plain("name", &self.name)
                    .about("a row of the table of personal data per product"),
            ),
            optional(&self.description, Text::markdown, "description"),
            optional(&self.members_label, Text::plain, "members-label")
                .map(|t| t.about(format!("shown before the members of {name}"))),
        ]
        .into_iter()
        .flatten()
        .collect();
        for (key, m) in member_keys(&self.members) {
            texts.push(
                Text::listed("member", &key, m)
                    .about(format!("one of the members listed under \"{name}\" (a name: usually kept as it is)")),
            );
        }
        texts.extend(item_texts(&self.items, "item", name));
        for (g, group) in self.groups.iter().enumerate() {
            let prefix = format!("group-{}", g + 1);
            texts.push(
                Text::plain(prefix.clone(), &group.label)
                    .about(format!("the label of a group of data in the row {name}")),
            );
            texts.extend(item_texts(&group.items, &format!("{prefix}-item"), name));
        }
        if let Some(note) = &self.note {
            texts.push(Text::markdown("note", note).about(format!("a note to the row {name}")));
        }
        texts
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
        check_items(cx, id, &self.items);
        let row: Vec<&Located<Id>> = self
            .categories
            .iter()
            .chain(self.items.iter().filter_map(|i| i.category.as_ref()))
            .collect();
        check_repeats(cx, id, &row);
        for group in &self.groups {
            let listed: Vec<&Located<Id>> = group
                .categories
                .iter()
                .chain(group.items.iter().filter_map(|i| i.category.as_ref()))
                .collect();
            check_repeats(cx, id, &listed);
            cx.not_blank(
                &format!("a group label of product `{id}`"),
                &group.label,
                "write the group's label, or remove the group",
            );
            check_items(cx, id, &group.items);
            if group.is_empty() {
                cx.out.push(
                    Diagnostic::error(Code::EmptyValue, format!("a group of product `{id}` lists no data"))
                        .at(cx.file, group.label.pos)
                        .hint("list the group's data under `categories:` or `items:`, or remove the group"),
                );
            }
        }
        if !self.has_data() && self.note.is_none() {
            cx.out.push(
                Diagnostic::error(Code::EmptyValue, format!("product `{id}` lists no data categories"))
                    .at(cx.file, self.id.pos)
                    .hint("list the ids of the data categories the product processes under `categories:` (or `items:`), or write a `note:` that says why the row has none"),
            );
        }
    }

    fn view(&self, cx: &mut dyn ViewContext) -> ProductView {
        let id = self.id.as_str();
        let categories = category_refs(cx, &self.categories, true);
        let mut items: Vec<ItemView> = categories
            .iter()
            .map(|c| ItemView {
                category: Some(c.clone()),
                text: None,
                optional: false,
            })
            .collect();
        items.extend(item_views(cx, id, &self.items, "item"));
        let groups = self
            .groups
            .iter()
            .enumerate()
            .map(|(g, group)| {
                let prefix = format!("group-{}", g + 1);
                let mut items: Vec<ItemView> = category_refs(cx, &group.categories, true)
                    .into_iter()
                    .map(|c| ItemView {
                        category: Some(c),
                        text: None,
                        optional: false,
                    })
                    .collect();
                items.extend(item_views(cx, id, &group.items, &format!("{prefix}-item")));
                GroupView {
                    label: cx.plain(Kind::Product, id, &prefix, &group.label),
                    items,
                }
            })
            .collect();
        ProductView {
            id: id.to_string(),
            name: cx.plain(Kind::Product, id, "name", &self.name),
            description: cx.markdown(Kind::Product, id, "description"),
            members: member_keys(&self.members)
                .into_iter()
                .map(|(key, m)| cx.plain(Kind::Product, id, &format!("member-{key}"), m))
                .collect(),
            members_label: self
                .members_label
                .as_ref()
                .map(|l| cx.plain(Kind::Product, id, "members-label", l)),
            items,
            groups,
            note: cx.markdown(Kind::Product, id, "note"),
            categories,
        }
    }
}

/// The free texts of a list of items, named `<prefix>-<n>` by position.
fn item_texts<'a>(items: &'a [Located<Item>], prefix: &str, row: &str) -> Vec<Text<'a>> {
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let text = item.text.as_ref()?;
            Some(
                Text::markdown(format!("{prefix}-{}", i + 1), text)
                    .about(format!("personal data in the row {row}")),
            )
        })
        .collect()
}

fn item_views(cx: &mut dyn ViewContext, id: &str, items: &[Located<Item>], prefix: &str) -> Vec<ItemView> {
    items
        .iter()
        .enumerate()
        .filter_map(|(i, item)| {
            let category = match &item.category {
                Some(c) => Some(category_refs(cx, std::slice::from_ref(c), true).pop()?),
                None => None,
            };
            let text = item
                .text
                .as_ref()
                .and_then(|_| cx.markdown(Kind::Product, id, &format!("{prefix}-{}", i + 1)));
            Some(ItemView {
                category,
                text,
                optional: item.optional,
            })
        })
        .collect()
}

/// A category named twice in one list would be shown twice (and its
/// footnote anchor would not be unique).
fn check_repeats(cx: &mut CheckContext<'_>, id: &str, listed: &[&Located<Id>]) {
    for (i, c) in listed.iter().enumerate() {
        if listed[..i].iter().any(|earlier| earlier.as_str() == c.as_str()) {
            cx.out.push(
                Diagnostic::error(Code::DuplicateId, format!("product `{id}` lists data category `{}` twice", c.as_str()))
                    .at(cx.file, c.pos)
                    .spanning(c.chars().count())
                    .hint("name each category once per row or group; remove the repeat"),
            );
        }
    }
}

/// Each item is a category or a text, exactly one.
fn check_items(cx: &mut CheckContext<'_>, id: &str, items: &[Located<Item>]) {
    for item in items {
        match (&item.category, &item.text) {
            (Some(_), Some(t)) => cx.out.push(
                Diagnostic::error(Code::InvalidValue, format!("an item of product `{id}` has both `category` and `text`"))
                    .at(cx.file, t.pos)
                    .hint("an item is either a data category (`category: id`) or a free text (`text: ...`); make two items"),
            ),
            (None, None) => cx.out.push(
                Diagnostic::error(Code::EmptyValue, format!("an item of product `{id}` has neither `category` nor `text`"))
                    .at(cx.file, item.pos)
                    .hint("write `category: <id>` or `text: ...` for each item"),
            ),
            (None, Some(t)) => cx.not_blank(
                &format!("a text item of product `{id}`"),
                t,
                "write the data the item names, or remove it",
            ),
            (Some(_), None) => {}
        }
    }
}
