//! Small rules shared by both formats: the byte order mark and which coordinates to keep.

/// The bytes without a leading UTF-8 byte order mark.
pub(crate) fn strip_bom(bytes: &[u8]) -> &[u8] {
    bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes)
}

/// The point to keep, if any: both coordinates present, finite, in range and not the (0, 0)
/// that some exports write for "no location". The record is kept either way.
pub(crate) fn point(lat: Option<f64>, lon: Option<f64>) -> (Option<f64>, Option<f64>) {
    match (lat, lon) {
        (Some(lat), Some(lon))
            if (-90.0..=90.0).contains(&lat)
                && (-180.0..=180.0).contains(&lon)
                && !(lat == 0.0 && lon == 0.0) =>
        {
            (Some(lat), Some(lon))
        }
        _ => (None, None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_real_points_are_kept() {
        assert_eq!(point(Some(43.6), Some(-79.4)), (Some(43.6), Some(-79.4)));
        assert_eq!(point(Some(0.0), Some(0.0)), (None, None));
        assert_eq!(point(Some(91.0), Some(10.0)), (None, None));
        assert_eq!(point(Some(45.0), Some(-181.0)), (None, None));
        assert_eq!(point(Some(f64::NAN), Some(1.0)), (None, None));
        assert_eq!(point(Some(45.0), None), (None, None));
    }

    #[test]
    fn a_byte_order_mark_is_dropped() {
        assert_eq!(strip_bom(b"\xEF\xBB\xBF[]"), b"[]");
        assert_eq!(strip_bom(b"[]"), b"[]");
    }
}
