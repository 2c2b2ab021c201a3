//! Tests of the reporting indicators: ten thousand generated histories whose every figure is
//! known in advance, hand-written edges, and the report's reading of histories and counting of
//! business days checked against the state and the calendar.

mod agreement;
mod business_days;
mod drill;
mod edges;
mod expected;
mod generated;
mod generator;
mod plan;
mod suppression;

use jiff::Timestamp;
use jiff::civil::{Date, date};

use crate::calendar::{BusinessCalendar, CalendarConfig};
use crate::directory::Standards;
use crate::event::{Actor, CaseEvent, EventRecord, Received};
use crate::process::Clocks;
use crate::{CaseState, Channel, Kind, Location, Person, TrackingNumber};

/// The shipped calendar.
fn calendar() -> BusinessCalendar {
    BusinessCalendar::from_config(&CalendarConfig::default()).expect("default calendar")
}

/// A Toronto wall-clock time.
fn toronto(y: i16, m: i8, d: i8, h: i8, min: i8) -> Timestamp {
    local(date(y, m, d), h, min)
}

/// A time of day on a date, in Toronto.
fn local(day: Date, h: i8, min: i8) -> Timestamp {
    day.at(h, min, 0, 0)
        .in_tz(crate::CITY_TIME_ZONE)
        .expect("valid time")
        .timestamp()
}

/// A history under construction: every event passes through [`CaseState::apply`], so only
/// histories the process allows are ever built.
struct CaseBuilder {
    records: Vec<EventRecord>,
    state: CaseState,
}

impl CaseBuilder {
    /// A case received at `at` on the default standards, changed by `set` before it starts.
    fn received(
        calendar: &BusinessCalendar,
        at: Timestamp,
        kind: Kind,
        set: impl FnOnce(&mut Received),
    ) -> Self {
        let standards = Standards::default();
        let mut received = Received {
            tracking_number: TrackingNumber::UNALLOCATED,
            kind,
            taken_by: None,
            division: "toronto-water".into(),
            section: None,
            category: None,
            complaint_categories: vec![],
            description: "The water main on our street broke again".into(),
            happened: None,
            remedy_sought: None,
            location: Location::default(),
            person: Person {
                preferred_language: "en".into(),
                ..Person::default()
            },
            service_requests: vec![],
            attachments: vec![],
            clock: Some(Clocks::new(calendar).first_stage(&standards, at)),
            terms: Clocks::terms(&standards),
            training: false,
            guidance: None,
        };
        set(&mut received);

        let record = EventRecord {
            seq: 1,
            at,
            actor: Actor::Resident,
            channel: Channel::Web,
            event: CaseEvent::Received(Box::new(received)),
        };
        let state = CaseState::start(&record).expect("a receipt starts a case");
        CaseBuilder {
            records: vec![record],
            state,
        }
    }

    /// The channel the case came through, Web unless set.
    fn via(&mut self, channel: Channel) -> &mut Self {
        self.records[0].channel = channel;
        self.state.channel = channel;
        self
    }

    /// Appends an event the process must allow.
    fn then(&mut self, at: Timestamp, event: CaseEvent) -> &mut Self {
        let record = EventRecord {
            seq: self.state.version + 1,
            at,
            actor: Actor::System,
            channel: Channel::Web,
            event,
        };
        if let Err(e) = self.state.apply(&record) {
            panic!("{} refused: {e}", record.event.name());
        }
        self.records.push(record);
        self
    }
}
