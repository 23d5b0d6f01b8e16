//! The notice model: what `content/` says, as typed data parsed once at load.
//! Everything downstream (translation, checks, rendering) reads these types.
//!
//! The registry at the bottom of this file is the one place that lists the
//! kinds of entity; the `Data` collection, the data file table, loading, the
//! JSON Schemas, the id index, reference checks, translatable messages,
//! proper names and the page's view are all derived from it.

pub mod data;
pub mod entity;
pub mod gdpr;
pub mod located;
pub mod notice;
pub mod period;
pub mod plain;
pub mod reference;
pub mod schema;
pub mod section;
pub mod values;
pub mod vocabulary;
pub mod words;

pub use data::*;
pub use entity::{Entity, TextKind};
pub use located::{Located, Pos};
pub use notice::*;
pub use period::{BUILTIN_EVENTS, Bound, Event, IsoDuration, Period, Qualifier};
pub use section::{BlockName, BodyPart, HeadingStyle, Section, SectionNumber, sibling_numbers};
pub use values::{Id, OneOrMany, Parsed, is_language_tag};

use serde::{Serialize, Serializer};

/// Entities of one kind and the file they were read from. A kind whose file is
/// absent is an empty list; one whose file failed to parse is marked so that
/// checks do not pile "unknown id" errors on top of the parse error.
#[derive(Debug, Clone)]
pub struct Collection<T> {
    pub file: String,
    pub items: Vec<T>,
    pub failed: bool,
    /// Position of each id in `items` (the first, where one repeats), built on
    /// first lookup: tables look names up by id for every row.
    index: std::sync::OnceLock<
        std::collections::HashMap<String, usize, crate::prose::hash::KeyHashBuild>,
    >,
    /// Ids of entries that could not be read and were left out (reported
    /// where they are written): references to them are not judged.
    pub dropped: Vec<String>,
    /// Ids of entries read with a value left out: their own checks are not
    /// run, since they would judge what the reported error left behind.
    pub repaired: Vec<String>,
}

impl<T> Collection<T> {
    pub fn new(file: String, items: Vec<T>, failed: bool) -> Self {
        Collection {
            file,
            items,
            failed,
            index: std::sync::OnceLock::new(),
            dropped: Vec::new(),
            repaired: Vec::new(),
        }
    }

    pub fn empty(file: String) -> Self {
        Collection::new(file, Vec::new(), false)
    }

    /// With the ids of entries that could not be read, or only in part.
    pub fn with_gaps(mut self, dropped: Vec<String>, repaired: Vec<String>) -> Self {
        self.dropped = dropped;
        self.repaired = repaired;
        self
    }
}

/// What could not be loaded. The problem itself is reported where it is;
/// checks whose verdict depends on the missing part are skipped, so one
/// mistake gives one finding instead of a cascade.
#[derive(Debug, Clone, Default)]
pub struct Gaps {
    /// Content files read incompletely or not at all.
    pub files: Vec<String>,
    /// Ids of sections left out.
    pub sections: std::collections::BTreeSet<String>,
    /// A section file was lost without a readable id: any cross-reference
    /// might point into it.
    pub unknown_sections: bool,
}

impl Gaps {
    pub fn is_empty(&self) -> bool {
        self.files.is_empty()
    }
}

impl<T: Entity> Collection<T> {
    /// The entity with this id.
    pub fn find(&self, id: &str) -> Option<&T> {
        let index = self.index.get_or_init(|| {
            let mut index = std::collections::HashMap::with_capacity_and_hasher(
                self.items.len(),
                crate::prose::hash::KeyHashBuild::default(),
            );
            for (i, e) in self.items.iter().enumerate() {
                index.entry(e.id().as_str().to_string()).or_insert(i);
            }
            index
        });
        index.get(id).map(|&i| &self.items[i])
    }
}

impl<T: Serialize> Serialize for Collection<T> {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        self.items.serialize(s)
    }
}

/// One `content/sections/NN-slug.yaml` file.
#[derive(Debug, Clone, Serialize)]
pub struct SectionFile {
    #[serde(skip)]
    pub file: String,
    #[serde(flatten)]
    pub section: Section,
}

/// The whole statement as loaded from `content/`.
#[derive(Debug, Clone, Serialize)]
pub struct Notice {
    #[serde(skip)]
    pub meta_file: String,
    #[serde(flatten)]
    pub meta: NoticeMeta,
    pub sections: Vec<SectionFile>,
    pub data: Data,
    /// The reference facts of `theme/data/` the notice is judged against and
    /// laid out by (EEA states, adequacy decisions, address formats),
    /// attached once the theme is known.
    #[serde(skip)]
    pub reference: std::sync::Arc<reference::Reference>,
    /// What could not be loaded (see [`Gaps`]).
    #[serde(skip)]
    pub gaps: Gaps,
}

impl Notice {
    /// The language the YAML prose is written in.
    pub fn source_language(&self) -> &str {
        self.meta.languages.first().map_or("en", |l| l.text())
    }

    /// The languages vellum works in: the valid tags, each once, source first.
    /// A malformed or repeated tag is reported where it is written; leaving it
    /// out here keeps it from raising a cascade of translation findings, and
    /// only these tags are ever made into paths.
    pub fn site_languages(&self) -> Vec<&Located<Parsed<values::LanguageTag>>> {
        // A set, not a list: a site of 80 languages asks for them once per
        // language, and comparing each tag with all before it added up.
        let mut seen = std::collections::HashSet::with_capacity(self.meta.languages.len());
        self.meta
            .languages
            .iter()
            .filter(|l| l.get().is_some_and(|tag| seen.insert(tag.as_str())))
            .collect()
    }

    /// The tags of [`Notice::site_languages`].
    pub fn language_tags(&self) -> Vec<&str> {
        self.site_languages()
            .into_iter()
            .map(|l| l.text())
            .collect()
    }

    /// The languages translated from the source language.
    pub fn translation_languages(&self) -> Vec<&str> {
        let source = self.source_language();
        self.language_tags()
            .into_iter()
            .filter(|l| *l != source)
            .collect()
    }

    /// The language `public/index.html` points readers to.
    pub fn default_language(&self) -> &str {
        self.meta
            .default_language
            .as_ref()
            .map_or(self.source_language(), |l| l.text())
    }

    /// Every section and subsection with the file it came from, in document order.
    pub fn all_sections(&self) -> Vec<(&str, &Section)> {
        self.sections
            .iter()
            .flat_map(|f| f.section.walk().into_iter().map(|s| (f.file.as_str(), s)))
            .collect()
    }
}

/// What is known about a kind of entity besides its type.
#[derive(Debug)]
pub struct KindInfo {
    /// The name of its collection in `Data`, `notice.json` and templates.
    pub field: &'static str,
    /// The data file without `.yaml` (`data-categories`), or `sections`.
    pub file: &'static str,
    /// One entity in messages ("data category").
    pub name: &'static str,
    /// A heading for its group of messages ("Data categories").
    pub plural: &'static str,
    /// The first part of its message ids (`category` in `category-x-name`).
    pub prefix: &'static str,
    /// The block that shows it, if one does.
    pub block: Option<&'static str>,
}

/// Visits each kind's collection with its type known.
pub trait DataVisitor {
    fn visit<E: Entity>(&mut self, items: &Collection<E>);
}

/// Does something with one kind's type, chosen at run time by its file name.
pub trait KindVisitor {
    type Output;
    fn visit<E: Entity>(self) -> Self::Output;
}

/// Builds each kind's collection (the loader implements it).
pub trait DataLoader {
    fn load<E: Entity>(&mut self) -> Collection<E>;
}

/// The registry: one line per kind of entity. Order is the order of files,
/// of `notice.json` and of the groups of messages.
macro_rules! registry {
    ($($field:ident: $module:ident::$ty:ident = $kind:ident {
        file: $file:literal, name: $name:literal, plural: $plural:literal,
        prefix: $prefix:literal, block: $block:expr $(,)?
    })+) => {
        $(mod $module;
        pub use $module::*;)+

        /// A kind of entity (and sections, which are not data files).
        #[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
        pub enum Kind {
            $($kind,)+
            Section,
        }

        impl Kind {
            /// Every kind of data entity, in registry order.
            pub const DATA: &'static [Kind] = &[$(Kind::$kind),+];

            pub fn info(self) -> &'static KindInfo {
                match self {
                    $(Kind::$kind => &KindInfo {
                        field: stringify!($field),
                        file: $file,
                        name: $name,
                        plural: $plural,
                        prefix: $prefix,
                        block: $block,
                    },)+
                    Kind::Section => &KindInfo {
                        field: "sections",
                        file: "sections",
                        name: "section",
                        plural: "Sections",
                        prefix: "section",
                        block: None,
                    },
                }
            }
        }

        /// Everything in `content/data/`.
        #[derive(Debug, Clone, Serialize)]
        pub struct Data {
            $(pub $field: Collection<$ty>,)+
        }

        impl Data {
            /// Loads every kind through `loader`.
            pub fn load(loader: &mut impl DataLoader) -> Data {
                Data { $($field: loader.load::<$ty>(),)+ }
            }

            /// Visits every kind's collection, in registry order.
            pub fn visit(&self, visitor: &mut impl DataVisitor) {
                $(visitor.visit(&self.$field);)+
            }

            /// The text `field` of the entity `id` of `kind`.
            pub fn text_of(&self, kind: Kind, id: &str, field: &str) -> Option<&Located<String>> {
                match kind {
                    $(Kind::$kind => self.$field.find(id).and_then(|e| {
                        e.texts().into_iter().find(|t| t.field == field).map(|t| t.text)
                    }),)+
                    Kind::Section => None,
                }
            }

            /// Ids of entries of `kind` that could not be read.
            pub fn dropped(&self, kind: Kind) -> &[String] {
                match kind {
                    $(Kind::$kind => &self.$field.dropped,)+
                    Kind::Section => &[],
                }
            }

            /// Whether the file of `kind` failed to parse.
            pub fn failed(&self, kind: Kind) -> bool {
                match kind {
                    $(Kind::$kind => self.$field.failed,)+
                    Kind::Section => false,
                }
            }
        }

        /// Calls `visitor` with the type of the kind whose data file is
        /// `content/data/<file>.yaml`.
        pub fn visit_kind_of_file<V: $crate::model::KindVisitor>(file: &str, visitor: V) -> Option<V::Output> {
            match file {
                $($file => Some(visitor.visit::<$ty>()),)+
                _ => None,
            }
        }

        /// The JSON Schema of every data file: (name, schema).
        pub fn data_schemas(mut add: impl FnMut(&'static str, schemars::Schema)) {
            $(add($file, schemars::SchemaGenerator::default().into_root_schema_for::<Vec<$ty>>());)+
        }

        $(impl entity::Registered for $ty {
            const KIND: Kind = Kind::$kind;
            fn id(&self) -> &Located<$crate::model::Id> {
                &self.id
            }
        })+
    };
}
pub(crate) use registry;
