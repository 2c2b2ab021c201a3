//! Feeds the upload check arbitrary files: the input's first line is the file name, the rest
//! its bytes, as the public form's multipart reader hands them over.
//! Must hold: nothing panics; an accepted name is one plain file name; an accepted JPEG or PNG
//! parses again and carries no metadata: no APP1 (EXIF, XMP), APP13 (IPTC) or comment segment
//! anywhere in a JPEG's marker structure and nothing after its end, no eXIf, tEXt, iTXt, zTXt
//! or tIME chunk in a PNG.
#![no_main]

use axum::body::Bytes;
use heard_domain::i18n::Locale;
use heard_http::fuzzing::check;
use img_parts::jpeg::{Jpeg, markers};
use img_parts::png::Png;
use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let (name, bytes) = match data.iter().position(|&b| b == b'\n') {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (&[][..], data),
    };
    let name = String::from_utf8_lossy(name);
    let Ok(file) = check(&name, Bytes::copy_from_slice(bytes), Locale::ENGLISH) else {
        return;
    };

    let plain = |c: char| !matches!(c, '/' | '\\') && !c.is_control();
    assert!(!file.file_name.trim().is_empty() && file.file_name.chars().all(plain));
    assert!(file.file_name.chars().count() <= 100);
    match file.media_type {
        "image/jpeg" => {
            Jpeg::from_bytes(file.bytes.clone()).expect("the cleaned JPEG parses again");
            assert_eq!(metadata_in_jpeg(&file.bytes), None);
        }
        "image/png" => {
            let png = Png::from_bytes(file.bytes).expect("the cleaned PNG parses again");
            for chunk in png.chunks() {
                let kind = chunk.kind();
                assert!(!matches!(
                    &kind,
                    b"eXIf" | b"tEXt" | b"iTXt" | b"zTXt" | b"tIME"
                ));
            }
        }
        other => assert_eq!(other, "application/pdf"),
    }
});

/// Walks the whole marker structure of a JPEG, scans included, as a decoder reads it; says
/// where a metadata segment is, or that something follows the end of the image.
fn metadata_in_jpeg(jpeg: &[u8]) -> Option<String> {
    let mut at = 2;
    while at + 1 < jpeg.len() {
        let marker = jpeg[at + 1];
        if jpeg[at] != 0xFF
            || !(marker == markers::EOI || matches!(marker, 0xC0..=0xCF | 0xDA..=0xFE))
        {
            // Scan data, a stuffed byte, fill, or a marker that stands alone.
            at += 1;
            continue;
        }
        if marker == markers::EOI {
            let after = jpeg.len() - (at + 2);
            return (after > 0).then(|| format!("{after} bytes after the end of the image"));
        }
        if matches!(marker, markers::APP1 | markers::APP13 | markers::COM) {
            return Some(format!("segment {marker:#04X} at byte {at}"));
        }
        let length = jpeg
            .get(at + 2..at + 4)
            .map_or(2, |l| u16::from_be_bytes([l[0], l[1]]));
        if length < 2 {
            return Some(format!(
                "segment {marker:#04X} at byte {at} has length {length}"
            ));
        }
        at += 2 + usize::from(length);
    }
    None
}
