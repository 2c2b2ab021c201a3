//! Reports read straight from the case histories: every event of the cases a report may
//! count, case by case, streamed into [`heard_domain::report::Tally`], so that the figures are
//! the ones a recount of the history gives, on either backend.
//!
//! Storage narrows the cases only by what is fixed when a case is received (the period, the
//! kind and the channel, kept in indexed columns); everything else, routing included, is the
//! domain's to judge from the events.

use futures_util::TryStreamExt;
use heard_domain::calendar::BusinessCalendar;
use heard_domain::event::EventRecord;
use heard_domain::report::{Indicators, ReportFilter, Tally, WardPopulation};
use heard_domain::{Channel, TrackingNumber};
use jiff::Timestamp;
use sqlx::QueryBuilder;

use crate::{Store, StoreError, instant, millis, with_reader};

/// One row of `case_events`, as read for a report.
type EventRow = (String, i64, i64, String, String, String);

impl Store {
    /// The indicators over every stored case `filter` lets through, as they stood at `now`.
    pub async fn indicators(
        &self,
        filter: &ReportFilter,
        calendar: &BusinessCalendar,
        population: &WardPopulation,
        now: Timestamp,
    ) -> Result<Indicators, StoreError> {
        let mut tally = Tally::new(filter, calendar, population, now);
        self.for_each_history(filter, |_, history| tally.add(history))
            .await?;
        Ok(tally.finish())
    }

    /// Calls `visit` with each case's tracking number and whole history, oldest event first,
    /// for every case `filter` might let through (a superset: the caller's filter decides).
    /// Cases come in tracking-number order; the histories are read as one stream, never held
    /// all at once.
    pub async fn for_each_history(
        &self,
        filter: &ReportFilter,
        mut visit: impl FnMut(&TrackingNumber, &[EventRecord]),
    ) -> Result<u64, StoreError> {
        let mut current: Option<String> = None;
        let mut history: Vec<EventRecord> = Vec::new();
        let mut cases = 0;
        let mut flush = |tracking: &str, history: &mut Vec<EventRecord>| {
            if let Ok(number) = tracking.parse::<TrackingNumber>() {
                visit(&number, history);
                cases += 1;
            }
            history.clear();
        };

        with_reader!(self, pool => {
            let mut q = narrowed(filter);
            let mut rows = q.build_query_as::<EventRow>().fetch(pool);
            while let Some(row) = rows.try_next().await? {
                let (tracking, seq, at, actor, channel, payload): EventRow = row;
                if current.as_deref() != Some(tracking.as_str()) {
                    if let Some(previous) = current.take() {
                        flush(&previous, &mut history);
                    }
                    current = Some(tracking);
                }
                history.push(record(seq, at, &actor, &channel, &payload)?);
            }
        });
        if let Some(last) = current {
            flush(&last, &mut history);
        }
        Ok(cases)
    }
}

/// The query for the events of the cases `filter` may count, by what is fixed at receipt.
fn narrowed<DB>(filter: &ReportFilter) -> QueryBuilder<DB>
where
    DB: sqlx::Database,
    <DB as sqlx::Database>::Arguments: Default,
    for<'t> i64: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
    for<'t> String: sqlx::Encode<'t, DB> + sqlx::Type<DB>,
{
    let mut q = QueryBuilder::new(
        "SELECT e.tracking_number, e.seq, e.at, e.actor, e.channel, e.payload \
         FROM case_events e JOIN cases c ON c.tracking_number = e.tracking_number WHERE 1 = 1",
    );
    if let Some(from) = filter.received_from {
        q.push(" AND c.received_at >= ").push_bind(millis(from));
    }
    if let Some(to) = filter.received_to {
        // Stored instants are whole milliseconds: one received at `to` cut down still counts
        // as before it only if it truly was, which the domain's filter checks again.
        q.push(" AND c.received_at <= ").push_bind(millis(to));
    }
    if let Some(kind) = filter.kind {
        q.push(" AND c.kind = ").push_bind(kind.code().to_owned());
    }
    if let Some(channel) = filter.channel {
        q.push(" AND c.channel = ")
            .push_bind(channel.code().to_owned());
    }
    q.push(" ORDER BY e.tracking_number, e.seq");
    q
}

fn record(
    seq: i64,
    at: i64,
    actor: &str,
    channel: &str,
    payload: &str,
) -> Result<EventRecord, StoreError> {
    Ok(EventRecord {
        seq: u32::try_from(seq).map_err(|_| StoreError::Corrupt(format!("event number {seq}")))?,
        at: instant(at)?,
        actor: serde_json::from_str(actor)?,
        channel: Channel::from_code(channel)
            .ok_or_else(|| StoreError::Corrupt(format!("channel '{channel}'")))?,
        event: serde_json::from_str(payload)?,
    })
}

/// The imported 311 service requests of one source in one ward.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct WardRequests {
    /// Where they were imported from (by default the file's name).
    pub source: String,
    /// The ward, or none for requests outside every ward or without a point.
    pub ward: Option<String>,
    /// Requests imported.
    pub requests: u64,
    /// Of those, the ones published as closed.
    pub closed: u64,
}

/// The requests of the sources whose every ward is one of `wards`: the city's own records,
/// not another city's districts, whose numbers could be mistaken for its wards.
pub fn of_these_wards<'r>(
    rows: &'r [WardRequests],
    wards: &[&str],
) -> impl Iterator<Item = &'r WardRequests> {
    let foreign: Vec<&str> = rows
        .iter()
        .filter(|r| r.ward.as_deref().is_some_and(|w| !wards.contains(&w)))
        .map(|r| r.source.as_str())
        .collect();
    rows.iter()
        .filter(move |r| !foreign.contains(&r.source.as_str()))
}

impl Store {
    /// The imported service requests counted by source and ward: sources in order, and in
    /// each its wards in order, then those without one. Sources are kept apart because each
    /// city's records carry its own wards or districts.
    pub async fn service_requests_by_ward(&self) -> Result<Vec<WardRequests>, StoreError> {
        const SQL: &str = "SELECT source, ward, COUNT(*), \
             SUM(CASE WHEN closed_at IS NOT NULL OR LOWER(status) = 'closed' THEN 1 ELSE 0 END) \
             FROM service_requests GROUP BY source, ward ORDER BY source, ward IS NULL, ward";
        let rows: Vec<(String, Option<String>, i64, i64)> = with_reader!(self, pool => {
            sqlx::query_as(SQL).fetch_all(pool).await?
        });
        Ok(rows
            .into_iter()
            .map(|(source, ward, requests, closed)| WardRequests {
                source,
                ward,
                requests: requests.unsigned_abs(),
                closed: closed.unsigned_abs(),
            })
            .collect())
    }
}
