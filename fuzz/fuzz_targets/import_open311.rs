//! Feeds arbitrary bytes to heard-import as an Open311 GeoReport v2 JSON file (and to the
//! format detection that runs first on every file).
//! Must hold: nothing panics; every record is a service request with a number, or a rejection
//! at its position with a reason; the iterator yields exactly as many records as it announced.
#![no_main]

use heard_import::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = heard_import::detect(data);
    let Ok(records) = heard_import::read(data, Format::Open311Json, "open311:fuzz") else {
        return;
    };

    let (_, announced) = records.size_hint();
    let mut count = 0;
    for (i, record) in records.enumerate() {
        count += 1;
        match record {
            Ok(request) => {
                assert!(!request.number.trim().is_empty());
                assert_eq!(request.lat.is_some(), request.lon.is_some());
            }
            Err(rejection) => {
                assert_eq!(
                    (rejection.format, rejection.position),
                    (Format::Open311Json, i + 1)
                );
                assert!(!rejection.reason.is_empty());
                drop(rejection.to_string());
            }
        }
    }
    assert_eq!(Some(count), announced);
});
