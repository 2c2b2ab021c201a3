//! The two formats of GeoReport v2 and its error documents. Documents are built once as JSON
//! values and written as XML by one converter, so both formats always carry the same data.

use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use jiff::Timestamp;
use quick_xml::escape::escape;
use serde_json::{Value, json};

/// A document format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// `.json`
    Json,
    /// `.xml`
    Xml,
}

impl Format {
    /// Splits `name.json` or `name.xml` into the name and the format; anything else is a
    /// 400 in JSON, naming the formats.
    #[allow(clippy::result_large_err)]
    pub fn split(file: &str) -> Result<(&str, Format), Response> {
        match file.rsplit_once('.') {
            Some((name, "json")) => Ok((name, Format::Json)),
            Some((name, "xml")) => Ok((name, Format::Xml)),
            _ => Err(error(
                Format::Json,
                400,
                "Add the format to the address: .json or .xml.",
            )),
        }
    }
}

/// The element name of each item of a list, by the list's name.
fn item_name(list: &str) -> &str {
    match list {
        "services" => "service",
        "endpoints" => "endpoint",
        "formats" => "format",
        "attributes" => "attribute",
        "values" => "value",
        "service_requests" => "request",
        "errors" => "error",
        "keywords" => "keyword",
        _ => "item",
    }
}

/// Answers with the document in the format asked for; `root` names the XML root element.
pub fn respond(format: Format, status: u16, root: &str, document: &Value) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::OK);
    match format {
        Format::Json => (
            status,
            [(header::CONTENT_TYPE, "application/json; charset=utf-8")],
            document.to_string(),
        )
            .into_response(),
        Format::Xml => {
            let mut xml = String::from(r#"<?xml version="1.0" encoding="utf-8"?>"#);
            write_element(&mut xml, root, document);
            (
                status,
                [(header::CONTENT_TYPE, "text/xml; charset=utf-8")],
                xml,
            )
                .into_response()
        }
    }
}

fn write_element(xml: &mut String, name: &str, value: &Value) {
    match value {
        Value::Null => {
            xml.push('<');
            xml.push_str(name);
            xml.push_str("/>");
        }
        Value::Array(items) => {
            open(xml, name);
            for item in items {
                write_element(xml, item_name(name), item);
            }
            close(xml, name);
        }
        Value::Object(fields) => {
            open(xml, name);
            for (key, field) in fields {
                write_element(xml, key, field);
            }
            close(xml, name);
        }
        Value::String(text) => {
            open(xml, name);
            xml.push_str(&escape(text.as_str()));
            close(xml, name);
        }
        other => {
            open(xml, name);
            xml.push_str(&other.to_string());
            close(xml, name);
        }
    }
}

fn open(xml: &mut String, name: &str) {
    xml.push('<');
    xml.push_str(name);
    xml.push('>');
}

fn close(xml: &mut String, name: &str) {
    xml.push_str("</");
    xml.push_str(name);
    xml.push('>');
}

/// A GeoReport error document: a list of one error with its code and description.
pub fn error(format: Format, code: u16, description: &str) -> Response {
    errors(format, code, &[(code, description.to_owned())])
}

/// A GeoReport error document listing several errors, answered with `status`.
pub fn errors(format: Format, status: u16, list: &[(u16, String)]) -> Response {
    let document: Vec<Value> = list
        .iter()
        .map(|(code, description)| json!({ "code": code, "description": description }))
        .collect();
    respond(format, status, "errors", &Value::Array(document))
}

/// A time as GeoReport writes it: ISO 8601 with the City's offset.
pub fn w3c(at: Timestamp) -> String {
    match at.in_tz(heard_domain::CITY_TIME_ZONE) {
        Ok(zoned) => zoned.strftime("%Y-%m-%dT%H:%M:%S%:z").to_string(),
        Err(_) => at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn xml_escapes_text_and_names_list_items() {
        let doc = json!([{ "service_name": "Bins & <lids>", "keywords": ["a\"b"] }]);
        let mut xml = String::new();

        write_element(&mut xml, "services", &doc);

        assert_eq!(
            xml,
            "<services><service><service_name>Bins &amp; &lt;lids&gt;</service_name>\
             <keywords><keyword>a&quot;b</keyword></keywords></service></services>"
        );
    }
}
