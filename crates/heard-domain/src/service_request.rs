//! Service requests: the City's records of work asked for (a pothole to fill, a bin to
//! replace). They are not complaints and do not run on the complaint process; Heard keeps them
//! so that a complaint can point at the request that went wrong.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

/// A service request, imported from a published file or entered by staff.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ServiceRequest {
    /// Where the record came from (`open311:toronto`, `myla311:los-angeles`, …); with `number`, unique.
    pub source: String,
    /// The request's number in its source system, kept as published.
    pub number: String,
    /// The request type's code in the source, if it has one.
    pub type_code: Option<String>,
    /// The request type's name.
    pub type_name: String,
    /// The agency or division responsible, as the source names it.
    pub division: Option<String>,
    /// The status, as the source gives it (`open`, `closed`, `Cancelled`, …).
    pub status: String,
    /// The source's notes on the status; may hold HTML, kept as text.
    pub status_notes: Option<String>,
    /// The resident's description; personal data.
    pub description: Option<String>,
    /// The channel, as the source names it.
    pub channel: Option<String>,
    /// When it was requested.
    pub requested_at: Timestamp,
    /// When the source last changed it.
    pub updated_at: Option<Timestamp>,
    /// When it was closed.
    pub closed_at: Option<Timestamp>,
    /// Address as published.
    pub address: Option<String>,
    /// Postal or ZIP code as published.
    pub postal_code: Option<String>,
    /// Latitude.
    pub lat: Option<f64>,
    /// Longitude.
    pub lon: Option<f64>,
    /// The ward or district the point falls in, when known.
    pub ward: Option<String>,
}
