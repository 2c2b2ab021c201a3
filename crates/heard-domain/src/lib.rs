//! Heard's domain rules: what a case is, how its history is told as events, how its current
//! state follows from them, and the configuration that says which divisions handle what.
//!
//! Nothing in this crate performs I/O; callers hand it text and values and get values back.

pub mod calendar;
pub mod case;
pub mod compliment;
pub mod directory;
pub mod event;
pub mod i18n;
pub mod intake;
pub mod knowledge;
pub mod language;
pub mod notify;
pub mod open_data;
pub mod permissions;
pub mod plain_language;
pub mod process;
pub mod report;
pub mod routing;
pub mod service_request;
pub mod spoken;
pub mod staff;
pub mod state;
pub mod tracking;
pub mod validation;
pub mod ward;

pub use case::{Channel, ComplaintCategory, Kind, Location, Person};

/// The time zone the City works in: dates shown to people and business days use it.
pub const CITY_TIME_ZONE: &str = "America/Toronto";
pub use directory::Directory;
pub use event::{Actor, CaseEvent, EventRecord};
pub use staff::Role;
pub use state::{CaseState, Status};
pub use tracking::TrackingNumber;
pub use validation::{FieldError, ValidationErrors};
