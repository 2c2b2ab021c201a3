//! Files sent with the form: their size and type checked from their content, not their
//! name, and photos cleaned of metadata (GPS position, camera, author) before they are kept.

use axum::body::Bytes;
use heard_domain::i18n::Locale;
use img_parts::jpeg::{Jpeg, markers};
use img_parts::png::Png;

/// The most files one submission may carry.
pub const MAX_FILES: usize = 3;

/// The largest file accepted.
pub const MAX_FILE_BYTES: usize = 10 * 1024 * 1024;

/// A file that passed the checks, ready to store.
#[derive(Debug)]
pub struct CheckedFile {
    /// A safe name for display.
    pub file_name: String,
    /// Its media type, from its content.
    pub media_type: &'static str,
    /// Its bytes, with metadata removed.
    pub bytes: Bytes,
}

/// Checks one file and removes its metadata, or says what is wrong with it.
/// The problem is written in the reader's language `t`.
pub fn check(file_name: &str, bytes: Bytes, t: Locale) -> Result<CheckedFile, String> {
    let file_name = safe_name(file_name);
    if bytes.len() > MAX_FILE_BYTES {
        let mb = MAX_FILE_BYTES / (1024 * 1024);
        return Err(t.with2("error-file-size", "file", file_name.as_str(), "mb", mb));
    }

    let refused = || t.with("error-file-type", "file", file_name.as_str());
    let (media_type, bytes) = if bytes.starts_with(&[0xFF, 0xD8, 0xFF]) {
        let mut jpeg = Jpeg::from_bytes(bytes).map_err(|_| refused())?;
        jpeg.segments_mut()
            .retain(|s| !is_metadata(s.marker(), s.contents()));
        ("image/jpeg", clean_scans(jpeg).ok_or_else(refused)?)
    } else if bytes.starts_with(b"\x89PNG\r\n\x1a\n") {
        let mut png = Png::from_bytes(bytes).map_err(|_| refused())?;
        png.chunks_mut()
            .retain(|c| !matches!(&c.kind(), b"eXIf" | b"tEXt" | b"iTXt" | b"zTXt" | b"tIME"));
        ("image/png", png.encoder().bytes())
    } else if bytes.starts_with(b"%PDF-") {
        ("application/pdf", bytes)
    } else {
        return Err(refused());
    };

    Ok(CheckedFile {
        file_name,
        media_type,
        bytes,
    })
}

/// Whether a JPEG segment carries metadata: APP1 holds EXIF (with GPS) and XMP, APP13 holds
/// IPTC, COM holds comments, and an APP2 `MPF` segment lists the other images that follow the
/// end of the first (thumbnails, each with its own EXIF), which are dropped.
fn is_metadata(marker: u8, contents: &[u8]) -> bool {
    matches!(marker, markers::APP1 | markers::APP13 | markers::COM)
        || (marker == markers::APP2 && contents.starts_with(b"MPF\0"))
}

/// Encodes a JPEG whose header segments are cleaned, then cleans what img-parts keeps as it
/// was after the first start of scan: the segments between the scans of a progressive JPEG
/// may carry metadata too, and other images may follow the end of the first. Both are left
/// out, and a file cut short gets its end-of-image marker. `None` when a segment there has an
/// impossible length or runs past the end of the file.
fn clean_scans(jpeg: Jpeg) -> Option<Bytes> {
    let head = 2 + jpeg.segments().iter().map(|s| s.len()).sum::<usize>();
    let encoded = jpeg.encoder().bytes();
    let (head, scans) = encoded.split_at(head.min(encoded.len()));

    let mut out = Vec::with_capacity(encoded.len() + 2);
    out.extend_from_slice(head);
    let mut at = 0;
    while let Some(&byte) = scans.get(at) {
        let marker = scans.get(at + 1).copied().filter(|_| byte == 0xFF);
        match marker {
            Some(markers::EOI) => break,
            // A fill byte before a marker belongs to it and is left out with it: kept alone,
            // it would join whatever follows a dropped segment into a marker of its own.
            Some(0xFF) => at += 1,
            Some(marker) if has_length(marker) => {
                let length = scans.get(at + 2..at + 4)?;
                let end = at + 2 + usize::from(u16::from_be_bytes([length[0], length[1]]));
                let segment = scans.get(at..end).filter(|_| end >= at + 4)?;
                if !is_metadata(marker, &segment[4..]) {
                    out.extend_from_slice(segment);
                }
                at = end;
            }
            // Entropy-coded data, stuffed bytes, fill bytes and restart markers.
            _ => {
                out.push(byte);
                at += 1;
            }
        }
    }
    out.extend_from_slice(&[0xFF, markers::EOI]);
    Some(Bytes::from(out))
}

/// Whether a JPEG marker is followed by a length, as img-parts reads them: the markers that
/// carry none (restarts, start and end of image, reserved codes) stand alone.
fn has_length(marker: u8) -> bool {
    matches!(marker, 0xC0..=0xCF | 0xDA..=0xFE)
}

/// The last part of the name, without control or invisible format characters, at most 100
/// characters.
fn safe_name(name: &str) -> String {
    let base = name.rsplit(['/', '\\']).next().unwrap_or_default();
    let cleaned: String = base
        .chars()
        .filter(|c| !c.is_control() && !is_invisible_format(*c))
        .take(100)
        .collect();
    if cleaned.trim().is_empty() || cleaned == "." || cleaned == ".." {
        "file".to_owned()
    } else {
        cleaned
    }
}

/// Characters that change how a name is shown without being seen, such as the right-to-left
/// override (U+202E) that makes a name ending in `fdp.exe` read as one ending in `exe.pdf`.
fn is_invisible_format(c: char) -> bool {
    matches!(c,
        '\u{061C}' | '\u{180E}' | '\u{FEFF}'
        | '\u{200B}'..='\u{200F}'
        | '\u{202A}'..='\u{202E}'
        | '\u{2060}'..='\u{2069}'
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A 1×1 JPEG with an EXIF segment holding the text "GPSLatitude".
    fn jpeg_with_exif() -> Vec<u8> {
        let mut exif = b"Exif\0\0GPSLatitude 43.6535".to_vec();
        let mut out = vec![0xFF, 0xD8];
        out.extend([0xFF, 0xE1]);
        out.extend(((exif.len() + 2) as u16).to_be_bytes());
        out.append(&mut exif);
        // A minimal stream: start of scan with no data, then end of image.
        out.extend([0xFF, 0xDA, 0x00, 0x02, 0x00, 0xFF, 0xD9]);
        out
    }

    #[test]
    fn exif_is_removed_from_photos() {
        let checked =
            check("photo.jpg", Bytes::from(jpeg_with_exif()), Locale::ENGLISH).expect("a JPEG");

        assert_eq!(checked.media_type, "image/jpeg");
        let text = String::from_utf8_lossy(&checked.bytes);
        assert!(!text.contains("GPSLatitude"), "EXIF must be gone");
        assert!(checked.bytes.starts_with(&[0xFF, 0xD8]));
    }

    /// A segment: its marker, its length, then `payload`.
    fn segment(marker: u8, payload: &[u8]) -> Vec<u8> {
        let mut out = vec![0xFF, marker];
        out.extend(((payload.len() + 2) as u16).to_be_bytes());
        out.extend(payload);
        out
    }

    fn clean(bytes: Vec<u8>) -> Bytes {
        let checked = check("photo.jpg", Bytes::from(bytes), Locale::ENGLISH).expect("a JPEG");
        Jpeg::from_bytes(checked.bytes.clone()).expect("the cleaned JPEG parses");
        checked.bytes
    }

    #[test]
    fn metadata_between_scans_and_images_after_the_end_are_removed() {
        // Progressive: XMP and a comment between the two scans, then a second image (like an
        // MPF thumbnail) with its own EXIF after the end of the first.
        let mut scan = segment(0xDA, &[1, 1, 0, 0, 0x3F, 0]);
        scan.extend([0x12, 0xFF, 0, 0xFF, 0xD0]);
        let mut photo = vec![0xFF, 0xD8];
        photo.extend(segment(0xE2, b"MPF\0II*\0"));
        photo.extend(segment(0xC2, &[8, 0, 1, 0, 1, 1, 1, 0x11, 0]));
        photo.extend(&scan);
        photo.extend(segment(0xE1, b"http://ns.adobe.com/xap/1.0/\0<x:xmpmeta/>"));
        photo.extend(segment(0xFE, b"taken at home"));
        photo.extend(&scan);
        photo.extend([0xFF, 0xD9, 0xFF, 0xD8]);
        photo.extend(jpeg_with_exif()[2..].iter());

        let cleaned = clean(photo);

        let text = String::from_utf8_lossy(&cleaned);
        for gone in ["xmpmeta", "taken at home", "GPSLatitude", "MPF"] {
            assert!(!text.contains(gone), "{gone} must be gone");
        }
        let expected = [&scan[..], &scan, &[0xFF, 0xD9]].concat();
        assert!(cleaned.ends_with(&expected), "{cleaned:02x?}");
    }

    #[test]
    fn nothing_after_the_end_of_the_image_is_kept() {
        // Found by fuzz/upload_check: three bytes after the end marker survived the check.
        let mut photo = jpeg_with_exif();
        photo.extend(b"f\0\0");

        assert!(clean(photo).ends_with(&[0xFF, 0xDA, 0x00, 0x02, 0x00, 0xFF, 0xD9]));
    }

    /// An input the fuzzer once failed on: scans between which a start of scan has too short a
    /// length, and an image after a second start of image. Whatever the answer, a kept file
    /// must parse again and carry no metadata segment.
    #[test]
    fn a_jpeg_the_fuzzer_found_is_refused_or_kept_clean() {
        let bytes: &[u8] = &[
            0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x00, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00,
            0xff, 0xda, 0x00, 0x08, 0x01, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0xff, 0xda, 0x00,
            0x08, 0x35, 0x70, 0x01, 0x00, 0xf6, 0xd8, 0xff, 0xfe, 0xff, 0xff, 0xdf, 0x68, 0x91,
            0x8b, 0x90, 0xd1, 0x95, 0x70, 0x3d, 0x00, 0xd8, 0x00, 0x10, 0x4a, 0x46, 0x49, 0x46,
            0x00, 0x01, 0x01, 0x00, 0x0a, 0x00, 0xff,
        ];

        let Ok(file) = check("photo.jpg", Bytes::from_static(bytes), Locale::ENGLISH) else {
            return;
        };

        let jpeg = Jpeg::from_bytes(file.bytes.clone()).expect("a kept photo parses again");
        assert!(
            jpeg.segments()
                .iter()
                .all(|s| !is_metadata(s.marker(), s.contents())),
            "{:x?}",
            file.bytes
        );
        assert!(!file.bytes.windows(2).any(|w| w == [0xFF, markers::COM]));
    }

    /// Another: fill bytes (0xFF 0xFF) just before an EXIF segment among the scans. Dropping the
    /// segment must not leave a 0xFF that joins the next byte into a new EXIF marker.
    #[test]
    fn fill_bytes_go_with_the_metadata_segment_they_precede() {
        let bytes: &[u8] = &[
            0xff, 0xd8, 0xff, 0xc2, 0x00, 0x0b, 0x08, 0x00, 0x01, 0x00, 0x03, 0x01, 0x01, 0x11,
            0x00, 0xff, 0xda, 0x00, 0x08, 0x47, 0x50, 0x00, 0x12, 0x34, 0xff, 0x00, 0x78, 0x61,
            0x70, 0x2f, 0x31, 0x2e, 0x50, 0x47, 0x0a, 0xff, 0xd8, 0xff, 0xc2, 0x00, 0x0b, 0x08,
            0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0xd8, 0xff, 0xff, 0xff, 0x41, 0xff, 0xff, 0xe1,
            0x00, 0x1b, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x12, 0x34, 0xff, 0xc2, 0x00, 0x0b, 0x08,
            0x00, 0x01, 0x00, 0x01, 0x01, 0x01, 0xd8, 0xff, 0xff, 0xff, 0x41, 0xff, 0xff, 0xe1,
            0x00, 0x1b, 0x01, 0x00, 0x00, 0x3f, 0x00, 0x12, 0x34, 0xff, 0x00, 0x4c, 0x27,
        ];

        let file = check("photo.jpg", Bytes::from_static(bytes), Locale::ENGLISH).expect("kept");

        assert!(
            !file.bytes.windows(2).any(|w| w == [0xFF, markers::APP1]),
            "{:x?}",
            file.bytes
        );
    }

    #[test]
    fn a_photo_cut_short_gets_its_end_marker() {
        let mut photo = jpeg_with_exif();
        photo.truncate(photo.len() - 2);

        assert!(clean(photo).ends_with(&[0x00, 0xFF, 0xD9]));
    }

    #[test]
    fn a_segment_running_past_the_end_of_the_file_is_refused() {
        // Found by fuzz/upload_check: a comment marker in the scan whose length runs past the
        // end was dropped with everything after it, leaving a JPEG that did not parse again.
        let photo = b"\xff\xd8\xff\xe0\x00\x04\x00\x00\xff\xc0\x00\x0b\x08\x00\x01\x00\x01\x01\x01\x11\x24\
                      \xff\xda\x00\x08\x01\x01\x00\x00\xe0\xff\xff\xfe\xff\x00\x78\x2f\x00\x56\xff\xd9";

        let refused = check("photo.jpg", Bytes::from_static(photo), Locale::ENGLISH);

        assert!(refused.is_err(), "{refused:?}");
    }

    #[test]
    fn a_renamed_executable_is_refused_whatever_its_name() {
        let err = check(
            "photo.jpg",
            Bytes::from_static(b"MZ\x90\x00 not an image"),
            Locale::ENGLISH,
        )
        .expect_err("refused");

        assert!(err.contains("JPEG, PNG or PDF"), "{err}");
    }

    #[test]
    fn path_tricks_in_names_are_removed() {
        assert_eq!(safe_name("../../etc/passwd"), "passwd");
        assert_eq!(safe_name("C:\\Users\\me\\scan.pdf"), "scan.pdf");
        assert_eq!(safe_name(".."), "file");
        assert_eq!(safe_name("invoice\u{202E}fdp.exe"), "invoicefdp.exe");
        assert_eq!(safe_name("\u{2066}\u{200F}"), "file");
    }
}
