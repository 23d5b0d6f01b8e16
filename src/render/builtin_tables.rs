//! The default theme's three long tables (products, cookies, sub-processors)
//! written straight from their views, without Tera.
//!
//! Why: each language's rows went through Tera as values (a map per row, a
//! copy of every string), were rendered by the template and dropped again,
//! about a fifth of a large site's build. A table is built in only while
//! the template that would render it is the default theme's own, byte for
//! byte; a site or theme that changes it is rendered by Tera as before. Its
//! rows then stay out of the Tera context when no other template names them.
//! `tests/build.rs` holds the two paths to the same bytes.

use super::view::NoteView;
use crate::model::{CategoryRef, CookieView, ItemView, ProductView, SubprocessorView};
use crate::prose::Html;
use crate::prose::html::push_escaped_html;
use std::any::Any;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// One built-in table: its block, its default template and the context
/// variables the template reads besides `t` and `section_id`.
struct Table {
    block: &'static str,
    template: &'static str,
    variables: &'static [&'static str],
    /// The UI string of its caption, and of each column's heading.
    caption: &'static str,
    columns: &'static [&'static str],
    /// Any other UI string it shows.
    more_ui: &'static [&'static str],
    /// Writes it; `None` when the language's rows were not kept.
    write: fn(&mut Writer<'_>, &TableRows) -> Option<()>,
}

const PRODUCT_COLUMNS: [&str; 2] = ["products-product", "products-categories"];
const COOKIE_COLUMNS: [&str; 6] = [
    "col-cookie-name",
    "col-cookie-provider",
    "col-cookie-category",
    "col-cookie-party",
    "col-cookie-lifespan",
    "col-cookie-purpose",
];
const SUBPROCESSOR_COLUMNS: [&str; 4] = [
    "col-subprocessor-name",
    "col-subprocessor-purpose",
    "col-subprocessor-location",
    "col-subprocessor-safeguard",
];

const TABLES: [Table; 3] = [
    Table {
        block: "products-table",
        template: include_str!("../../theme/templates/blocks/products-table.html"),
        variables: &["products", "product_notes"],
        caption: "products-caption",
        columns: &PRODUCT_COLUMNS,
        more_ui: &["products-optional", "footnotes"],
        write: |out, rows| {
            out.products(rows.products.as_deref()?, &rows.notes);
            Some(())
        },
    },
    Table {
        block: "cookies-table",
        template: include_str!("../../theme/templates/blocks/cookies-table.html"),
        variables: &["cookies"],
        caption: "cookies-caption",
        columns: &COOKIE_COLUMNS,
        more_ui: &[],
        write: |out, rows| {
            out.cookies(rows.cookies.as_deref()?);
            Some(())
        },
    },
    Table {
        block: "subprocessors-table",
        template: include_str!("../../theme/templates/blocks/subprocessors-table.html"),
        variables: &["subprocessors"],
        caption: "subprocessors-caption",
        columns: &SUBPROCESSOR_COLUMNS,
        more_ui: &[],
        write: |out, rows| {
            out.subprocessors(rows.subprocessors.as_deref()?);
            Some(())
        },
    },
];

/// Which tables a build writes itself, decided once from its templates.
#[derive(Default, Clone)]
pub struct BuiltinTables {
    /// Each built-in table, and whether its variables are its own: no other
    /// template reads them, so Tera's context can go without them.
    tables: Vec<(&'static Table, bool)>,
}

impl BuiltinTables {
    /// `templates` are all registered templates as (name, text), site and
    /// theme alike; `blocks/x.html` is the site's, `theme/blocks/x.html` the
    /// theme's, and the site's wins.
    pub fn choose(templates: &[(String, String)]) -> BuiltinTables {
        let text_of = |name: &str| {
            let find = |n: &str| templates.iter().find(|(t, _)| t == n);
            find(name)
                .or_else(|| find(&format!("theme/{name}")))
                .map(|(_, text)| text.as_str())
        };
        let builtin: Vec<&'static Table> = TABLES
            .iter()
            .filter(|t| text_of(&format!("blocks/{}.html", t.block)) == Some(t.template))
            .collect();
        let is_builtin_template = |name: &str| {
            builtin.iter().any(|t| {
                let own = format!("blocks/{}.html", t.block);
                name == own || name.strip_prefix("theme/") == Some(own.as_str())
            })
        };
        // Every other template is searched for the names as words; a template
        // that includes a built-in one by name keeps its variables too.
        let others: Vec<&str> = templates
            .iter()
            .filter(|(name, _)| !is_builtin_template(name))
            .map(|(_, text)| text.as_str())
            .collect();
        let named = |word: &str| others.iter().any(|text| mentions(text, word));
        let tables = builtin
            .into_iter()
            .map(|t| (t, !named(t.block) && !t.variables.iter().any(|v| named(v))))
            .collect();
        BuiltinTables { tables }
    }

    /// The tables one language can have built in: those whose UI strings
    /// (`has_ui`) it has all. Without one, Tera renders the table and
    /// reports the missing string as it always did.
    pub fn for_language(&self, has_ui: impl Fn(&str) -> bool) -> BuiltinTables {
        let tables = self
            .tables
            .iter()
            .filter(|(t, _)| {
                let ui = [t.caption].into_iter().chain(t.columns.iter().copied());
                ui.chain(t.more_ui.iter().copied()).all(&has_ui)
            })
            .copied()
            .collect();
        BuiltinTables { tables }
    }

    /// Whether Tera's context needs `variable` (a kind's field, `product_notes`).
    pub fn tera_needs(&self, variable: &str) -> bool {
        !self
            .tables
            .iter()
            .any(|(t, own)| *own && t.variables.contains(&variable))
    }

    /// The block written by vellum, or `None` when Tera renders it.
    pub fn render(
        &self,
        block: &str,
        rows: &TableRows,
        t: &BTreeMap<String, String>,
        section_id: &str,
    ) -> Option<String> {
        let (table, _) = self.tables.iter().find(|(t, _)| t.block == block)?;
        let mut out = Writer {
            html: String::with_capacity(8 * 1024),
            t,
            section: section_id,
            escaped_ui: Vec::new(),
        };
        (table.write)(&mut out, rows)?;
        Some(out.html)
    }
}

/// `word` as a whole identifier in a template's text. A hyphen joins words
/// too: `t["cookies-caption"]` is a UI string, not the rows.
fn mentions(text: &str, word: &str) -> bool {
    let ident = |c: char| c.is_ascii_alphanumeric() || c == '_' || c == '-';
    text.match_indices(word).any(|(at, _)| {
        let before = text[..at].chars().next_back();
        let after = text[at + word.len()..].chars().next();
        !before.is_some_and(ident) && !after.is_some_and(ident)
    })
}

/// One language's rows of the built-in tables, kept as views.
#[derive(Default)]
pub struct TableRows {
    products: Option<Vec<ProductView>>,
    cookies: Option<Vec<CookieView>>,
    subprocessors: Option<Vec<SubprocessorView>>,
    notes: Vec<NoteView>,
}

impl TableRows {
    /// Keeps a kind's views when a built-in table shows them.
    pub fn keep<V: Any>(&mut self, views: Vec<V>) {
        let views: Box<dyn Any> = Box::new(views);
        let views = match views.downcast::<Vec<ProductView>>() {
            Ok(v) => return self.products = Some(*v),
            Err(other) => other,
        };
        let views = match views.downcast::<Vec<CookieView>>() {
            Ok(v) => return self.cookies = Some(*v),
            Err(other) => other,
        };
        if let Ok(v) = views.downcast::<Vec<SubprocessorView>>() {
            self.subprocessors = Some(*v);
        }
    }

    pub fn keep_notes(&mut self, notes: Vec<NoteView>) {
        self.notes = notes;
    }
}

/// Writes a table as its default template does, Tera's rules included: a
/// string is escaped and [`Html`] is not, and an empty string, list or a
/// zero counts as absent in an `if`.
struct Writer<'a> {
    html: String,
    t: &'a BTreeMap<String, String>,
    section: &'a str,
    /// Each UI string written so far, escaped: a column's name labels every
    /// cell of its column, and a table of hundreds of rows looked each up
    /// in `t` and escaped it again per row.
    escaped_ui: Vec<(&'static str, String)>,
}

impl Writer<'_> {
    fn raw(&mut self, s: &str) -> &mut Self {
        self.html.push_str(s);
        self
    }

    fn text(&mut self, s: &str) -> &mut Self {
        push_escaped_html(&mut self.html, s);
        self
    }

    fn ui(&mut self, id: &'static str) -> &mut Self {
        let known = self.escaped_ui.iter().position(|(seen, _)| *seen == id);
        let at = known.unwrap_or_else(|| {
            let mut escaped = String::new();
            push_escaped_html(&mut escaped, self.t.get(id).map_or("", String::as_str));
            self.escaped_ui.push((id, escaped));
            self.escaped_ui.len() - 1
        });
        self.html.push_str(&self.escaped_ui[at].1);
        self
    }

    fn number(&mut self, n: usize) -> &mut Self {
        let _ = write!(self.html, "{n}");
        self
    }

    fn section(&mut self) -> &mut Self {
        let s = self.section;
        self.text(s)
    }

    /// The table's frame up to its `<tbody>`, the same for every table.
    fn head(&mut self, class: &str, caption: &'static str, columns: &[&'static str]) {
        self.raw("<div class=\"table-wrap\" role=\"region\" aria-labelledby=\"")
            .section()
            .raw("-")
            .raw(class)
            .raw("-caption\" tabindex=\"0\">\n<table class=\"data-table ")
            .raw(class)
            .raw("\">\n<caption id=\"")
            .section()
            .raw("-")
            .raw(class)
            .raw("-caption\">")
            .ui(caption)
            .raw("</caption>\n<thead><tr>");
        for column in columns {
            self.raw("<th scope=\"col\">").ui(column).raw("</th>");
        }
        self.raw("</tr></thead>\n<tbody>\n");
    }

    fn foot(&mut self) {
        self.raw("</tbody>\n</table>\n</div>\n");
    }

    /// `<td data-label="…">` with the column's name.
    fn cell(&mut self, column: &'static str) -> &mut Self {
        self.raw("<td data-label=\"").ui(column).raw("\">")
    }

    fn products(&mut self, products: &[ProductView], notes: &[NoteView]) {
        self.head("products", "products-caption", &PRODUCT_COLUMNS);
        for p in products {
            self.raw("<tr id=\"product-")
                .text(&p.id)
                .raw("\">\n<th scope=\"row\">")
                .raw(p.name.as_str());
            if !p.members.is_empty() {
                self.raw("<span class=\"members\">");
                if let Some(label) = filled(&p.members_label) {
                    self.raw(label).raw(" ");
                }
                for (i, m) in p.members.iter().enumerate() {
                    if i > 0 {
                        self.raw(", ");
                    }
                    self.raw(m.as_str());
                }
                self.raw("</span>");
            }
            if let Some(d) = filled(&p.description) {
                self.raw("<span class=\"description\">")
                    .raw(d)
                    .raw("</span>");
            }
            self.raw("</th>\n").cell(PRODUCT_COLUMNS[1]);
            if !p.items.is_empty() {
                self.items(&p.id, None, &p.items);
            }
            for (g, group) in p.groups.iter().enumerate() {
                self.raw("<p class=\"group-label\">")
                    .raw(group.label.as_str())
                    .raw("</p>");
                self.items(&p.id, Some(g + 1), &group.items);
            }
            if let Some(note) = filled(&p.note) {
                self.raw("<p class=\"row-note\">").raw(note).raw("</p>");
            }
            self.raw("</td>\n</tr>\n");
        }
        self.foot();
        if !notes.is_empty() {
            self.raw("<aside class=\"table-notes\" aria-label=\"")
                .ui("footnotes")
                .raw("\"><ol>\n");
            for n in notes {
                self.raw("<li id=\"")
                    .section()
                    .raw("-note-")
                    .number(n.number)
                    .raw("\" value=\"")
                    .number(n.number)
                    .raw("\"><strong>")
                    .raw(n.name.as_str())
                    .raw("</strong>: ")
                    .raw(n.html.as_str())
                    .raw("</li>\n");
            }
            self.raw("</ol></aside>");
        }
        self.raw("\n");
    }

    /// A row's list of categories and texts; `group` numbers a group's list
    /// from 1 in the footnote links' ids.
    fn items(&mut self, product: &str, group: Option<usize>, items: &[ItemView]) {
        self.raw("<ul class=\"categories\">");
        for item in items {
            self.raw("<li>");
            match &item.category {
                Some(c) => self.category(product, group, c),
                None => {
                    if let Some(text) = &item.text {
                        self.raw(text.as_str());
                    }
                }
            }
            if item.optional {
                self.raw(" <span class=\"optional\">")
                    .ui("products-optional")
                    .raw("</span>");
            }
            self.raw("</li>");
        }
        self.raw("</ul>");
    }

    fn category(&mut self, product: &str, group: Option<usize>, c: &CategoryRef) {
        self.raw(c.name.as_str());
        let Some(note) = c.note.filter(|n| *n != 0) else {
            return;
        };
        self.raw("<sup><a href=\"#")
            .section()
            .raw("-note-")
            .number(note)
            .raw("\" id=\"")
            .section()
            .raw("-ref-")
            .text(product)
            .raw("-");
        if let Some(group) = group {
            self.number(group).raw("-");
        }
        self.text(&c.id)
            .raw("\" aria-label=\"")
            .ui("footnotes")
            .raw(" ")
            .number(note)
            .raw("\">")
            .number(note)
            .raw("</a></sup>");
    }

    fn cookies(&mut self, cookies: &[CookieView]) {
        self.head("cookies", "cookies-caption", &COOKIE_COLUMNS);
        for c in cookies {
            let name = |w: &mut Self| {
                w.raw("<code>").text(&c.name).raw("</code>");
            };
            let cells = [
                Cell::Text(&c.provider),
                Cell::Html(&c.category),
                Cell::Text(&c.party),
                Cell::Text(&c.lifespan),
                Cell::Html(&c.purpose),
            ];
            self.row("cookie", &c.id, name, &COOKIE_COLUMNS[1..], &cells);
        }
        self.foot();
    }

    fn subprocessors(&mut self, subprocessors: &[SubprocessorView]) {
        self.head(
            "subprocessors",
            "subprocessors-caption",
            &SUBPROCESSOR_COLUMNS,
        );
        for s in subprocessors {
            let name = |w: &mut Self| {
                w.text(&s.name);
            };
            let cells = [
                Cell::Html(&s.purpose),
                Cell::Html(&s.location),
                Cell::Text(&s.safeguard),
            ];
            self.row(
                "subprocessor",
                &s.id,
                name,
                &SUBPROCESSOR_COLUMNS[1..],
                &cells,
            );
        }
        self.foot();
    }

    /// A row of one cell per column after the row's heading.
    fn row(
        &mut self,
        anchor: &str,
        id: &str,
        heading: impl FnOnce(&mut Self),
        columns: &[&'static str],
        cells: &[Cell<'_>],
    ) {
        self.raw("<tr id=\"")
            .raw(anchor)
            .raw("-")
            .text(id)
            .raw("\">\n<th scope=\"row\">");
        heading(self);
        self.raw("</th>\n");
        for (column, cell) in columns.iter().zip(cells) {
            self.cell(column);
            match cell {
                Cell::Text(text) => self.text(text),
                Cell::Html(html) => self.raw(html.as_str()),
            };
            self.raw("</td>\n");
        }
        self.raw("</tr>\n");
    }
}

/// A cell's content: text that is escaped, or markup that is not.
enum Cell<'a> {
    Text(&'a str),
    Html(&'a Html),
}

/// An optional text as Tera's `if` sees it: absent when empty.
fn filled(html: &Option<Html>) -> Option<&str> {
    html.as_ref().map(Html::as_str).filter(|s| !s.is_empty())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn templates(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, t)| (n.to_string(), t.to_string()))
            .collect()
    }

    impl BuiltinTables {
        fn blocks(&self) -> Vec<&str> {
            self.tables.iter().map(|(t, _)| t.block).collect()
        }
    }

    #[test]
    fn a_language_without_a_tables_ui_string_leaves_it_to_tera() {
        let chosen = BuiltinTables::choose(&templates(&[(
            "theme/blocks/cookies-table.html",
            TABLES[1].template,
        )]));
        let lacking = chosen.for_language(|id| id != "col-cookie-party");
        assert!(lacking.blocks().is_empty());
        assert!(lacking.tera_needs("cookies"));
        assert_eq!(chosen.for_language(|_| true).blocks(), ["cookies-table"]);
    }

    #[test]
    fn a_table_is_built_in_only_while_its_template_is_the_default() {
        let default = TABLES[1].template;
        let theme_only = BuiltinTables::choose(&templates(&[
            ("theme/blocks/cookies-table.html", default),
            ("theme/page.html", "{{ sections }}"),
        ]));
        assert_eq!(theme_only.blocks(), ["cookies-table"]);
        assert!(!theme_only.tera_needs("cookies"));
        let changed = BuiltinTables::choose(&templates(&[
            ("theme/blocks/cookies-table.html", default),
            ("blocks/cookies-table.html", "{{ cookies | length }}"),
        ]));
        assert!(changed.blocks().is_empty());
        assert!(changed.tera_needs("cookies"));
    }

    #[test]
    fn rows_stay_in_teras_context_while_another_template_names_them() {
        let default = TABLES[1].template;
        for page in [
            "{% for c in cookies %}{{ c.name }}{% endfor %}",
            "{% include \"blocks/cookies-table.html\" %}",
        ] {
            let chosen = BuiltinTables::choose(&templates(&[
                ("theme/blocks/cookies-table.html", default),
                ("page.html", page),
            ]));
            assert_eq!(chosen.blocks(), ["cookies-table"], "{page}");
            assert!(chosen.tera_needs("cookies"), "{page}");
        }
        // A longer name that merely contains the word does not count.
        let chosen = BuiltinTables::choose(&templates(&[
            ("theme/blocks/cookies-table.html", default),
            ("page.html", "{{ t[\"cookies-caption\"] }} {{ my_cookies }}"),
        ]));
        assert!(!chosen.tera_needs("cookies"));
    }
}
