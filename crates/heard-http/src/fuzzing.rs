//! The private parsers that `fuzz/` feeds with arbitrary input, re-exported as they are: the
//! fuzzer must exercise the code the server runs, not a copy. Not an API; hidden from the docs.

pub use crate::open311::input::{Refused, read_filter, read_submission};
pub use crate::public::uploads::{CheckedFile, check};
