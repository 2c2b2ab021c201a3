//! Loading whole case histories at once, for benchmarks over millions of cases: each history
//! is replayed into its state (so the rules of the process still hold) and written with its
//! events, many rows to a statement. No idempotency keys, messages or search text: intake goes
//! through [`Store::create_case`] and [`Store::append_event`], never through this.

use heard_domain::CaseState;
use heard_domain::event::EventRecord;
use sqlx::QueryBuilder;

use crate::{Store, StoreError, millis, with_writer};

/// Cases per `INSERT`: 15 values each stays under both databases' limits on bound values.
const CASES_PER_STATEMENT: usize = 1_000;

/// Events per `INSERT`, at 7 values each.
const EVENTS_PER_STATEMENT: usize = 2_000;

/// A case row, encoded.
struct CaseRow {
    tracking_number: String,
    state: CaseState,
    updated_at: i64,
    json: String,
}

/// An event row, encoded.
struct EventRow {
    tracking_number: String,
    seq: i64,
    at: i64,
    name: &'static str,
    actor: String,
    channel: &'static str,
    payload: String,
}

impl Store {
    /// Writes these histories, each a new case whose receipt carries its tracking number, in
    /// one transaction. A history the process would refuse is an error and nothing is written.
    #[doc(hidden)]
    pub async fn load_histories(&self, histories: &[Vec<EventRecord>]) -> Result<(), StoreError> {
        let mut cases = Vec::with_capacity(histories.len());
        let mut events = Vec::new();
        for history in histories {
            let state = CaseState::replay(history)
                .map_err(|e| StoreError::Corrupt(format!("a history to load: {e}")))?;
            let tracking_number = state.tracking_number.compact();
            for record in history {
                events.push(EventRow {
                    tracking_number: tracking_number.clone(),
                    seq: i64::from(record.seq),
                    at: millis(record.at),
                    name: record.event.name(),
                    actor: serde_json::to_string(&record.actor)?,
                    channel: record.channel.code(),
                    payload: serde_json::to_string(&record.event)?,
                });
            }
            cases.push(CaseRow {
                tracking_number,
                updated_at: history.last().map_or(0, |r| millis(r.at)),
                json: serde_json::to_string(&state)?,
                state,
            });
        }

        with_writer!(self, pool => {
            let mut tx = pool.begin().await?;
            for chunk in cases.chunks(CASES_PER_STATEMENT) {
                let mut q = QueryBuilder::new(
                    "INSERT INTO cases (tracking_number, kind, channel, status, stage, division, \
                     section, category, ward, language, assignee, received_at, updated_at, \
                     version, state) ",
                );
                q.push_values(chunk, |mut row, c| {
                    let s = &c.state;
                    row.push_bind(c.tracking_number.clone())
                        .push_bind(s.kind.code())
                        .push_bind(s.channel.code())
                        .push_bind(s.status.code())
                        .push_bind(i64::from(s.stage))
                        .push_bind(s.division.clone())
                        .push_bind(s.section.clone())
                        .push_bind(s.category.clone())
                        .push_bind(s.location.ward.clone())
                        .push_bind(s.person.preferred_language.clone())
                        .push_bind(s.assignee.clone())
                        .push_bind(millis(s.received_at))
                        .push_bind(c.updated_at)
                        .push_bind(i64::from(s.version))
                        .push_bind(c.json.clone());
                });
                q.build().execute(&mut *tx).await?;
            }
            for chunk in events.chunks(EVENTS_PER_STATEMENT) {
                let mut q = QueryBuilder::new(
                    "INSERT INTO case_events (tracking_number, seq, at, name, actor, channel, \
                     payload) ",
                );
                q.push_values(chunk, |mut row, e| {
                    row.push_bind(e.tracking_number.clone())
                        .push_bind(e.seq)
                        .push_bind(e.at)
                        .push_bind(e.name)
                        .push_bind(e.actor.clone())
                        .push_bind(e.channel)
                        .push_bind(e.payload.clone());
                });
                q.build().execute(&mut *tx).await?;
            }
            tx.commit().await?;
        });
        Ok(())
    }
}
