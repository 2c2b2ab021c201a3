//! The lenient shape an Open311 document is read into: for each request, only the fields
//! Heard uses, each kept whatever its JSON type, so one odd record cannot stop the file.
//! Reading straight into this (not into `serde_json::Value`) skips the other fields without
//! allocating for them.

use std::fmt;

use serde::de::{self, Deserialize, Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};
use serde_json::Number;

/// The request fields Heard reads, by their GeoReport v2 names.
const FIELDS: [&str; 13] = [
    "service_request_id",
    "status",
    "status_notes",
    "service_name",
    "service_code",
    "description",
    "agency_responsible",
    "requested_datetime",
    "updated_datetime",
    "address",
    "zipcode",
    "lat",
    "long",
];

/// The `{"service_requests": [...]}` wrapper; other keys are ignored.
#[derive(Debug, serde::Deserialize)]
pub(super) struct Wrapper {
    /// The requests, if the key is there.
    pub(super) service_requests: Option<Vec<RawRecord>>,
}

/// One element of the request array.
#[derive(Debug)]
#[expect(
    clippy::large_enum_variant,
    reason = "nearly every element is an object; boxing would cost an allocation per record"
)]
pub(super) enum RawRecord {
    /// A JSON object, with the fields Heard uses.
    Object(RawFields),
    /// Anything else; says what it is (`a number`).
    Other(&'static str),
}

/// The used fields of one request, each absent if the key was.
#[derive(Debug, Default)]
pub(super) struct RawFields([Option<Scalar>; FIELDS.len()]);

impl RawFields {
    /// Takes the field named `name` (one of the GeoReport v2 names above).
    pub(super) fn take(&mut self, name: &str) -> Option<Scalar> {
        let index = FIELDS.iter().position(|field| *field == name)?;
        self.0[index].take()
    }
}

/// A field's value, with strings moved out of the parser as they are.
#[derive(Debug)]
pub(super) enum Scalar {
    /// `null`.
    Null,
    /// A string, unescaped.
    Text(String),
    /// A number.
    Number(Number),
    /// A boolean, array or object; says which (`an array`).
    Other(&'static str),
}

impl<'de> Deserialize<'de> for RawRecord {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(RecordVisitor)
    }
}

struct RecordVisitor;

impl<'de> Visitor<'de> for RecordVisitor {
    type Value = RawRecord;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("an Open311 request")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<RawRecord, A::Error> {
        let mut fields = RawFields::default();
        while let Some(FieldKey(index)) = map.next_key()? {
            match index {
                // A repeated key keeps its last value, as most JSON readers do.
                Some(index) => fields.0[index] = Some(map.next_value()?),
                None => {
                    map.next_value::<IgnoredAny>()?;
                }
            }
        }
        Ok(RawRecord::Object(fields))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<RawRecord, A::Error> {
        skip_seq(seq).map(RawRecord::Other)
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<RawRecord, E> {
        Ok(RawRecord::Other("a boolean"))
    }

    fn visit_i64<E: de::Error>(self, _: i64) -> Result<RawRecord, E> {
        Ok(RawRecord::Other("a number"))
    }

    fn visit_u64<E: de::Error>(self, _: u64) -> Result<RawRecord, E> {
        Ok(RawRecord::Other("a number"))
    }

    fn visit_f64<E: de::Error>(self, _: f64) -> Result<RawRecord, E> {
        Ok(RawRecord::Other("a number"))
    }

    fn visit_str<E: de::Error>(self, _: &str) -> Result<RawRecord, E> {
        Ok(RawRecord::Other("a string"))
    }

    fn visit_unit<E: de::Error>(self) -> Result<RawRecord, E> {
        Ok(RawRecord::Other("null"))
    }
}

/// A key of a request object: the index of a used field, `None` for the others.
struct FieldKey(Option<usize>);

impl<'de> Deserialize<'de> for FieldKey {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_identifier(FieldKeyVisitor)
    }
}

struct FieldKeyVisitor;

impl Visitor<'_> for FieldKeyVisitor {
    type Value = FieldKey;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a field name")
    }

    fn visit_str<E: de::Error>(self, key: &str) -> Result<FieldKey, E> {
        Ok(FieldKey(FIELDS.iter().position(|field| *field == key)))
    }
}

impl<'de> Deserialize<'de> for Scalar {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ScalarVisitor)
    }
}

struct ScalarVisitor;

impl<'de> Visitor<'de> for ScalarVisitor {
    type Value = Scalar;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }

    fn visit_unit<E: de::Error>(self) -> Result<Scalar, E> {
        Ok(Scalar::Null)
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Scalar, E> {
        Ok(Scalar::Text(text.to_owned()))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Scalar, E> {
        Ok(Scalar::Text(text))
    }

    fn visit_u64<E: de::Error>(self, number: u64) -> Result<Scalar, E> {
        Ok(Scalar::Number(number.into()))
    }

    fn visit_i64<E: de::Error>(self, number: i64) -> Result<Scalar, E> {
        Ok(Scalar::Number(number.into()))
    }

    fn visit_f64<E: de::Error>(self, number: f64) -> Result<Scalar, E> {
        Ok(Number::from_f64(number).map_or(Scalar::Other("a number"), Scalar::Number))
    }

    fn visit_bool<E: de::Error>(self, _: bool) -> Result<Scalar, E> {
        Ok(Scalar::Other("a boolean"))
    }

    fn visit_seq<A: SeqAccess<'de>>(self, seq: A) -> Result<Scalar, A::Error> {
        skip_seq(seq).map(Scalar::Other)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Scalar, A::Error> {
        while map.next_entry::<IgnoredAny, IgnoredAny>()?.is_some() {}
        Ok(Scalar::Other("an object"))
    }
}

/// Reads past an array's elements (they must still be valid JSON).
fn skip_seq<'de, A: SeqAccess<'de>>(mut seq: A) -> Result<&'static str, A::Error> {
    while seq.next_element::<IgnoredAny>()?.is_some() {}
    Ok("an array")
}
