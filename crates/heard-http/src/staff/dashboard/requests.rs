//! The imported 311 service requests as a dashboard table: the records published by 311
//! systems, which are not cases, by source and ward.

use std::collections::BTreeMap;

use heard_storage::{WardRequests, of_these_wards};

use super::tables::{Cell, Table};
use crate::AppState;

/// The imported 311 service requests by source and ward: the records published by 311
/// systems, which are not cases and which the filters do not narrow. The chart's values (for
/// the map) are the city's own sources only, added up by ward.
pub fn service_requests(rows: &[WardRequests], state: &AppState) -> Table {
    let wards = state.wards.as_deref();
    let name = |code: &str| {
        wards
            .and_then(|map| map.wards().find(|w| w.code == code))
            .map_or_else(String::new, |w| w.name.clone())
    };
    let codes: Vec<&str> = wards.map_or_else(Vec::new, |map| {
        map.wards().map(|w| w.code.as_str()).collect()
    });
    let mut on_map: BTreeMap<String, u64> = BTreeMap::new();
    let mut ours: Vec<&str> = Vec::new();
    for r in of_these_wards(rows, &codes) {
        ours.push(&r.source);
        if let Some(ward) = &r.ward {
            *on_map.entry(ward.clone()).or_default() += r.requests;
        }
    }

    Table {
        id: "service-requests",
        title: "Imported 311 service requests by ward",
        headers: vec![
            "Source",
            "Ward or district",
            "Name",
            "Requests",
            "Closed",
            "Open",
        ],
        rows: rows
            .iter()
            .map(|r| {
                let ward = r.ward.as_deref();
                // Another city's district numbers are not this city's wards.
                let named = ward.filter(|_| ours.contains(&r.source.as_str()));
                vec![
                    Cell::text(r.source.clone()),
                    Cell::text(ward.unwrap_or("None")),
                    Cell::text(named.map(name).unwrap_or_default()),
                    Cell::text(r.requests.to_string()),
                    Cell::text(r.closed.to_string()),
                    Cell::text((r.requests - r.closed.min(r.requests)).to_string()),
                ]
            })
            .collect(),
        bars: on_map.into_iter().collect(),
    }
}
