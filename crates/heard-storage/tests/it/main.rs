//! Storage tests, each run on SQLite and on PostgreSQL with a fresh database.

mod cases;
mod queues;
mod search;
mod service_requests;
mod sessions;
mod staff;

use heard_domain::intake::{IntakeContext, Submission, SubmittedContact, ValidSubmission};
use heard_domain::{Channel, Directory};

/// A valid complaint about a pothole, with this description.
pub fn pothole_complaint(description: &str) -> ValidSubmission {
    Submission {
        kind: Some("complaint".into()),
        category: Some("T311-R0012".into()),
        description: Some(description.into()),
        contact: Some(SubmittedContact {
            name: Some("Zoë Testperson".into()),
            email: Some("zoe@example.ca".into()),
            ..Default::default()
        }),
        ..Default::default()
    }
    .validate(
        &Directory::default_toronto(),
        &IntakeContext {
            channel: Channel::Web,
            taken_by: None,
        },
    )
    .expect("a valid complaint")
}
