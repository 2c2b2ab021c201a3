//! Which cases a report counts: a period of receipt and the case's division, section,
//! category, channel, ward, language and kind. Every part left empty lets every case through.

use jiff::Timestamp;
use serde::{Deserialize, Serialize};

use crate::case::{Channel, Kind};
use crate::event::Received;

/// The cases a report counts. The division, section and category are the case's own at the
/// report's end instant, after any re-routing; everything else is as received.
#[derive(Debug, Clone, Default, PartialEq, Serialize, Deserialize)]
#[serde(default)]
pub struct ReportFilter {
    /// Cases received at or after this instant.
    pub received_from: Option<Timestamp>,
    /// Cases received before this instant (the period's end is not part of it).
    pub received_to: Option<Timestamp>,
    /// The division handling the case.
    pub division: Option<String>,
    /// The section handling the case.
    pub section: Option<String>,
    /// The case's category.
    pub category: Option<String>,
    /// The channel the case came through.
    pub channel: Option<Channel>,
    /// The ward, as `NN`.
    pub ward: Option<String>,
    /// The resident's preferred language, as a BCP 47 tag; compared without regard to case.
    pub language: Option<String>,
    /// Complaint, compliment or comment.
    pub kind: Option<Kind>,
}

/// Where a case is handled, as a report reads it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) struct Routing<'h> {
    pub(super) division: &'h str,
    pub(super) section: Option<&'h str>,
    pub(super) category: Option<&'h str>,
}

impl ReportFilter {
    /// Whether a case received like this, through `channel` at `at`, may count: everything
    /// but its routing, which can change later.
    pub(super) fn admits_receipt(
        &self,
        received: &Received,
        channel: Channel,
        at: Timestamp,
    ) -> bool {
        self.received_from.is_none_or(|from| from <= at)
            && self.received_to.is_none_or(|to| at < to)
            && self.kind.is_none_or(|kind| kind == received.kind)
            && self.channel.is_none_or(|c| c == channel)
            && same(&self.ward, received.location.ward.as_deref())
            && self.language.as_deref().is_none_or(|language| {
                language.eq_ignore_ascii_case(&received.person.preferred_language)
            })
    }

    /// Whether a case handled where `routing` says may count.
    pub(super) fn admits_routing(&self, routing: Routing<'_>) -> bool {
        same(&self.division, Some(routing.division))
            && same(&self.section, routing.section)
            && same(&self.category, routing.category)
    }
}

/// Whether a case's value passes a wanted one: anything passes when nothing is wanted.
fn same(wanted: &Option<String>, value: Option<&str>) -> bool {
    wanted.as_deref().is_none_or(|w| value == Some(w))
}
