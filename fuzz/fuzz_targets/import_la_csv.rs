//! Feeds arbitrary bytes to heard-import as a Los Angeles MyLA311 CSV export (and to the
//! format detection that runs first on every file).
//! Must hold: nothing panics; every row is a service request with a number, or a rejection at
//! its row with a reason; there are never more rows than the size hint's upper bound.
#![no_main]

use heard_import::Format;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let _ = heard_import::detect(data);
    let Ok(records) = heard_import::read(data, Format::LaCsv, "la:fuzz") else {
        return;
    };

    let (_, at_most) = records.size_hint();
    let mut count = 0;
    for (i, record) in records.enumerate() {
        count += 1;
        match record {
            Ok(request) => {
                assert!(!request.number.is_empty());
                assert_eq!(request.lat.is_some(), request.lon.is_some());
            }
            Err(rejection) => {
                assert_eq!(
                    (rejection.format, rejection.position),
                    (Format::LaCsv, i + 1)
                );
                assert!(!rejection.reason.is_empty());
                drop(rejection.to_string());
            }
        }
    }
    assert!(
        at_most.is_none_or(|at_most| count <= at_most),
        "{count} rows > {at_most:?}"
    );
});
