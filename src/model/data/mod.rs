//! `content/data/*.yaml`: the facts a statement makes, as data the checks can
//! use. One file per kind of entity; each declares everything vellum knows
//! about its kind (see [`Entity`](super::entity::Entity)).

mod cookie;
mod cookie_category;
mod country;
mod data_category;
mod fact;
mod legal_basis;
mod office;
mod product;
mod purpose;
mod recipient;
mod retention;
mod right;
mod subprocessor;

pub use cookie::{Cookie, CookieView, Party};
pub use cookie_category::{CookieCategory, CookieCategoryView};
pub use country::{Country, CountryView};
pub use data_category::{CategoryRef, DataCategory, DataCategoryView, DataSource};
pub use fact::{Fact, FactView};
pub use legal_basis::{LegalBasis, LegalBasisView};
pub use office::{Office, OfficeView};
pub use product::{Product, ProductView};
pub use purpose::{Purpose, PurposeView};
pub use recipient::{Recipient, RecipientView, Role};
pub use retention::{RetentionRule, RetentionView};
pub use right::{Right, RightView};
pub use subprocessor::{Safeguard, Subprocessor, SubprocessorView};
