//! Discovery, the service list and service definitions: one service per category of the
//! directory, grouped by division, with the kind of feedback as its one attribute.

use axum::extract::{Path, State};
use axum::response::Response;
use serde_json::{Value, json};

use super::format::{Format, error, respond};
use crate::AppState;

/// `GET /open311/v2/discovery.{format}`.
pub fn discovery(state: &AppState, format: Format) -> Response {
    let document = json!({
        "changeset": "2026-12-01T00:00:00Z",
        "contact": "Call 311",
        "key_service": "API keys are issued by the City's 311 service.",
        "endpoints": [{
            "specification": "http://wiki.open311.org/GeoReport_v2",
            "url": format!("{}/open311/v2", state.public_url),
            "changeset": "2026-12-01T00:00:00Z",
            "type": "production",
            "formats": ["text/xml", "application/json"],
        }],
    });
    respond(format, 200, "discovery", &document)
}

/// `GET /open311/v2/services.{format}`.
pub fn list(state: &AppState, format: Format) -> Response {
    let mut services = Vec::new();
    for division in state.directory.divisions() {
        for section in &division.sections {
            for category in &section.categories {
                services.push(json!({
                    "service_code": category.code,
                    "service_name": category.name,
                    "description": format!(
                        "Complaints, compliments and comments about {} ({}).",
                        category.name, division.name
                    ),
                    "metadata": true,
                    "type": "realtime",
                    "keywords": section.name,
                    "group": division.name,
                }));
            }
        }
    }
    respond(format, 200, "services", &Value::Array(services))
}

/// `GET /open311/v2/services/{service_code}.{format}`: the attributes a request may carry.
pub async fn definition(State(state): State<AppState>, Path(file): Path<String>) -> Response {
    let (code, format) = match Format::split(&file) {
        Ok(parts) => parts,
        Err(response) => return response,
    };
    if state.directory.place(code).is_none() {
        return error(
            format,
            404,
            &format!("There is no service with the code {code}."),
        );
    }
    let document = json!({
        "service_code": code,
        "attributes": [{
            "variable": true,
            "code": "kind",
            "datatype": "singlevaluelist",
            "required": false,
            "datatype_description": "What the resident is giving; a complaint when left out.",
            "order": 1,
            "description": "Is this a complaint, a compliment or a comment?",
            "values": [
                { "key": "complaint", "name": "Complaint" },
                { "key": "compliment", "name": "Compliment" },
                { "key": "comment", "name": "Comment" },
            ],
        }, {
            "variable": true,
            "code": "remedy_sought",
            "datatype": "text",
            "required": false,
            "datatype_description": "Free text.",
            "order": 2,
            "description": "What would you like the City to do?",
        }],
    });
    respond(format, 200, "service_definition", &document)
}
