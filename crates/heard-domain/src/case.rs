//! The vocabulary of a case: its kind, the channel it came through, the City's complaint
//! categories, where it happened and who raised it.

use serde::{Deserialize, Serialize};

/// Declares a closed set of values with a stable snake_case code used in storage, the API and
/// configuration, so that each code is written in exactly one place.
macro_rules! coded_enum {
    ($(#[$meta:meta])* $name:ident { $($(#[$vmeta:meta])* $variant:ident = $code:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, serde::Serialize, serde::Deserialize)]
        pub enum $name {
            $($(#[$vmeta])* #[serde(rename = $code)] $variant),+
        }

        impl $name {
            /// Every value, in declaration order.
            pub const ALL: &'static [$name] = &[$($name::$variant),+];

            /// The stable code of this value.
            pub fn code(self) -> &'static str {
                match self { $($name::$variant => $code),+ }
            }

            /// The value with this code, if any.
            pub fn from_code(code: &str) -> Option<Self> {
                match code { $($code => Some($name::$variant),)+ _ => None }
            }

            /// All codes, comma separated, for error messages that list the choices.
            pub fn codes() -> String {
                [$($code),+].join(", ")
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.code())
            }
        }
    };
}

pub(crate) use coded_enum;

coded_enum! {
    /// What the resident is giving the City.
    Kind {
        /// Dissatisfaction with a service, expecting a response.
        Complaint = "complaint",
        /// Praise for a service or a staff member.
        Compliment = "compliment",
        /// Feedback that expects no reply.
        Comment = "comment",
    }
}

coded_enum! {
    /// How the case reached the City.
    Channel {
        /// The public web form.
        Web = "web",
        /// The City's mobile app, through the JSON API.
        MobileApp = "mobile_app",
        /// Any Open311 GeoReport v2 client.
        Open311 = "open311",
        /// The chatbot on the public site.
        Chatbot = "chatbot",
        /// Live chat with a 311 agent.
        LiveChat = "live_chat",
        /// A phone call taken by an agent.
        Phone = "phone",
        /// A visit to a counter.
        InPerson = "in_person",
        /// A letter.
        Mail = "mail",
        /// An e-mail.
        Email = "email",
    }
}

impl Channel {
    /// Whether a staff member records cases that come through this channel.
    pub fn is_assisted(self) -> bool {
        matches!(
            self,
            Channel::LiveChat | Channel::Phone | Channel::InPerson | Channel::Mail | Channel::Email
        )
    }
}

coded_enum! {
    /// The City's complaint categories; several may apply to one complaint.
    ComplaintCategory {
        /// A policy or a process.
        PolicyProcess = "policy_process",
        /// A staff member's conduct.
        Staff = "staff",
        /// Access to a service.
        AccessToService = "access_to_service",
        /// How long something took.
        Timeliness = "timeliness",
        /// The outcome of a decision.
        Outcome = "outcome",
        /// The quality of a service.
        Quality = "quality",
        /// The standard of service received.
        StandardOfService = "standard_of_service",
        /// Fees or charges.
        Charges = "charges",
    }
}

coded_enum! {
    /// How the resident wants to hear back.
    ContactMethod {
        /// By e-mail.
        Email = "email",
        /// By text message.
        Sms = "sms",
        /// By a phone call.
        Phone = "phone",
        /// By letter.
        Mail = "mail",
    }
}

/// Where the matter happened. Every part is optional; a ward is derived from the point.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Location {
    /// A street address or an intersection, as the resident gave it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    /// The first three characters of a Canadian postal code (the forward sortation area).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub postal_prefix: Option<String>,
    /// Latitude in WGS84 degrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lat: Option<f64>,
    /// Longitude in WGS84 degrees.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub lon: Option<f64>,
    /// The ward, as `NN` (for Toronto, `01` to `25`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub ward: Option<String>,
}

/// Who raised the case and how to reach them. Personal data: never logged, never public.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
pub struct Person {
    /// True when the resident chose not to be identified; then no contact data is kept.
    #[serde(default)]
    pub anonymous: bool,
    /// The name the resident gave.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub name: Option<String>,
    /// E-mail address.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub email: Option<String>,
    /// Phone number, as given.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub phone: Option<String>,
    /// How they want to hear back.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub preferred_contact: Option<ContactMethod>,
    /// Their language for messages, as a BCP 47 tag (`en`, `fr`, `zh-Hans`, …).
    pub preferred_language: String,
    /// The ISO 639-3 code of the language spoken through an interpreter, if one was used.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub interpreter_language: Option<String>,
    /// Any accommodation the resident needs to take part.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub accommodation: Option<String>,
    /// When acting for somebody else, who and in what capacity.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub acting_for: Option<String>,
}

/// A file kept with a case: its description, not its bytes.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Attachment {
    /// The stored object's identifier.
    pub id: String,
    /// The file name as uploaded, for display only.
    pub file_name: String,
    /// The checked media type.
    pub media_type: String,
    /// Size in bytes.
    pub size_bytes: u64,
    /// Hex SHA-256 of the content.
    pub sha256: String,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_code_round_trips() {
        for c in Channel::ALL {
            assert_eq!(Channel::from_code(c.code()), Some(*c));
        }
        for c in ComplaintCategory::ALL {
            assert_eq!(ComplaintCategory::from_code(c.code()), Some(*c));
        }
        assert_eq!(Kind::from_code("praise"), None);
    }

    #[test]
    fn assisted_channels_are_those_staff_record() {
        assert!(Channel::Phone.is_assisted());
        assert!(!Channel::Web.is_assisted());
        assert!(!Channel::Open311.is_assisted());
    }
}
