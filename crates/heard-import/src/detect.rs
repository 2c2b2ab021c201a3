//! Which format a file is in, told from its content, and the `source` label its records get.

use crate::{ImportError, fields::strip_bom, la_csv};

/// The file formats this crate reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// Open311 GeoReport v2 `requests.json`: an array of requests or
    /// `{"service_requests": [...]}`.
    Open311Json,
    /// The City of Los Angeles MyLA311 service-request CSV export.
    LaCsv,
}

/// Tells the format from the file's first bytes (after a UTF-8 byte order mark and
/// whitespace): JSON mentioning `service_request_id` is Open311, text whose first line is a
/// CSV header with the MyLA311 columns is the Los Angeles export.
///
/// A file that starts like JSON but is truncated is still detected; [`crate::read`] then
/// reports where the JSON breaks.
pub fn detect(bytes: &[u8]) -> Result<Format, ImportError> {
    let text = strip_bom(bytes).trim_ascii_start();
    let Some(&first) = text.first() else {
        return Err(ImportError::Empty);
    };

    if first == b'[' || first == b'{' {
        let empty_array = first == b'[' && text[1..].trim_ascii() == b"]";
        return if empty_array || mentions_open311_keys(text) {
            Ok(Format::Open311Json)
        } else {
            Err(unrecognised("JSON without a service_request_id field"))
        };
    }

    let line = text.split(|&b| b == b'\n').next().unwrap_or_default();
    if line.contains(&0) || std::str::from_utf8(line).is_err() {
        return Err(unrecognised("binary or non-UTF-8 data"));
    }
    if !line.contains(&b',') {
        return Err(unrecognised(
            "text that is neither JSON nor comma-separated",
        ));
    }
    let missing = la_csv::missing_columns(&csv_fields(line));
    if missing.is_empty() {
        Ok(Format::LaCsv)
    } else {
        Err(unrecognised(&format!(
            "a CSV header without the column(s) {}",
            missing.join(", ")
        )))
    }
}

/// The `source` label for records read from a file whose name (without directory and
/// extension) is `file_stem`, stable across runs so that a second import of the same file
/// finds the same (source, number) pairs.
///
/// Open311 gives `open311:<jurisdiction>`, the jurisdiction being the stem's first word,
/// lowercased (`toronto_open311_requests_2018` gives `open311:toronto`); Open311 records do
/// not name their city, so a caller whose file names do not start with it should pass its
/// own label to [`crate::read`]. The Los Angeles export is always `myla311:los-angeles`.
pub fn default_source(format: Format, file_stem: &str) -> String {
    match format {
        Format::Open311Json => {
            let word: String = file_stem
                .chars()
                .take_while(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect();
            if word.is_empty() {
                "open311:unknown".to_owned()
            } else {
                format!("open311:{word}")
            }
        }
        Format::LaCsv => "myla311:los-angeles".to_owned(),
    }
}

fn mentions_open311_keys(text: &[u8]) -> bool {
    const KEYS: [&[u8]; 2] = [b"\"service_request_id\"", b"\"service_requests\""];
    KEYS.iter()
        .any(|key| text.windows(key.len()).any(|window| window == *key))
}

/// The fields of one CSV line, unquoted; empty if the line does not parse.
fn csv_fields(line: &[u8]) -> Vec<String> {
    let mut reader = csv::ReaderBuilder::new()
        .has_headers(false)
        .from_reader(line);
    let mut record = csv::StringRecord::new();
    match reader.read_record(&mut record) {
        Ok(true) => record.iter().map(str::to_owned).collect(),
        _ => Vec::new(),
    }
}

fn unrecognised(found: &str) -> ImportError {
    ImportError::Unrecognised {
        found: found.to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_open311_array_and_wrapper_are_open311() {
        let array = br#"[{"service_request_id":"A-1","status":"open"}]"#;
        let wrapped = b"\xEF\xBB\xBF  {\"service_requests\" : []}";

        assert_eq!(detect(array).ok(), Some(Format::Open311Json));
        assert_eq!(detect(wrapped).ok(), Some(Format::Open311Json));
        assert_eq!(detect(b" [ ]\n").ok(), Some(Format::Open311Json));
    }

    #[test]
    fn a_myla311_header_is_the_la_export() {
        let csv = b"SRNumber,CreatedDate,UpdatedDate,RequestType,Status\r\n1-1,,,,\r\n";

        assert_eq!(detect(csv).ok(), Some(Format::LaCsv));
    }

    #[test]
    fn garbage_is_refused_naming_what_was_expected() {
        let cases: [&[u8]; 5] = [
            b"",
            b"hello world",
            b"\x00\x01\x02binary",
            br#"{"type":"FeatureCollection","features":[]}"#,
            b"Creation Date,Status,Ward\n",
        ];

        for bytes in cases {
            let message = detect(bytes)
                .err()
                .map(|e| e.to_string())
                .unwrap_or_default();
            assert!(
                message.contains("empty") || message.contains("expected Open311 GeoReport v2"),
                "{message}"
            );
        }
        let message = detect(b"Creation Date,Status,Ward\n")
            .err()
            .map(|e| e.to_string());
        assert!(
            message
                .unwrap_or_default()
                .contains("without the column(s) SRNumber, CreatedDate, RequestType")
        );
    }

    #[test]
    fn the_default_source_is_the_first_word_of_the_file_name() {
        assert_eq!(
            default_source(Format::Open311Json, "toronto_open311_requests_2018"),
            "open311:toronto"
        );
        assert_eq!(
            default_source(Format::Open311Json, "Köln-2016"),
            "open311:köln"
        );
        assert_eq!(default_source(Format::Open311Json, "_x"), "open311:unknown");
        assert_eq!(
            default_source(Format::LaCsv, "anything"),
            "myla311:los-angeles"
        );
    }
}
