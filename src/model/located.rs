//! A value together with the place in its YAML file where it was written, so that
//! checks running long after parsing can still point a writer at file:line:col.

use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::ops::Deref;

pub use crate::diagnostics::Pos;

/// A value read from YAML, remembering where it was written.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct Located<T> {
    pub value: T,
    pub pos: Pos,
}

impl<T> Located<T> {
    pub fn new(value: T, pos: Pos) -> Self {
        Located { value, pos }
    }
}

impl<T> Deref for Located<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.value
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Located<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let spanned = serde_saphyr::Spanned::<T>::deserialize(deserializer)?;
        let pos = Pos::new(
            u32::try_from(spanned.referenced.line()).unwrap_or(u32::MAX),
            u32::try_from(spanned.referenced.column()).unwrap_or(u32::MAX),
        );
        // A value that did not parse (see `values::Parsed`) learns its place.
        super::values::locate_recent(pos);
        Ok(Located::new(spanned.value, pos))
    }
}

/// Exports (notice.json) carry the plain value: positions are an authoring aid.
impl<T: Serialize> Serialize for Located<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.value.serialize(serializer)
    }
}

/// In a JSON Schema a located value is just the value.
impl<T: schemars::JsonSchema> schemars::JsonSchema for Located<T> {
    fn inline_schema() -> bool {
        true
    }

    fn schema_name() -> std::borrow::Cow<'static, str> {
        T::schema_name()
    }

    fn json_schema(generator: &mut schemars::SchemaGenerator) -> schemars::Schema {
        T::json_schema(generator)
    }
}
