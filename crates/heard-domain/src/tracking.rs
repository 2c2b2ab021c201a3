//! Tracking numbers: what a resident reads aloud on the phone and types on a keypad.
//!
//! Digits only, so that nothing can be confused (no O/0 or I/1) and a phone keypad is enough.
//! Nine random digits are followed by a Damm check digit, which catches every single wrong
//! digit and every swap of two neighbouring digits, so a mistyped number is reported as invalid
//! instead of opening somebody else's case. Random digits also make numbers hard to enumerate.

use std::fmt;
use std::str::FromStr;

use rand::Rng;
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// Damm's totally anti-symmetric quasigroup of order 10.
const DAMM: [[u8; 10]; 10] = [
    [0, 3, 1, 7, 5, 9, 8, 6, 4, 2],
    [7, 0, 9, 2, 1, 5, 4, 8, 6, 3],
    [4, 2, 0, 6, 8, 7, 1, 3, 5, 9],
    [1, 7, 5, 0, 9, 8, 3, 4, 2, 6],
    [6, 1, 2, 3, 0, 4, 5, 9, 7, 8],
    [3, 6, 7, 4, 2, 0, 9, 5, 8, 1],
    [5, 8, 6, 9, 7, 2, 0, 1, 3, 4],
    [8, 9, 4, 5, 3, 6, 2, 0, 1, 7],
    [9, 4, 3, 8, 6, 1, 7, 2, 0, 5],
    [2, 5, 8, 1, 4, 3, 6, 7, 9, 0],
];

/// How many digits a tracking number has, check digit included.
pub const DIGITS: usize = 10;

/// A valid tracking number: ten digits whose last is the Damm check digit of the first nine.
///
/// Displayed as `NNNN-NNNN-NN`; parsed from any mix of digits, spaces and dashes.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct TrackingNumber([u8; DIGITS]);

/// Why a string is not a tracking number. Each says what to fix.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TrackingNumberError {
    /// A character other than a digit, a space or a dash.
    #[error("a tracking number has only digits; '{0}' is not one")]
    BadCharacter(char),
    /// Too many or too few digits.
    #[error("a tracking number has {DIGITS} digits; this has {0}")]
    WrongLength(usize),
    /// The digits are well formed but the check digit does not match: a typing mistake.
    #[error("this tracking number is not valid: please check each digit")]
    CheckDigit,
}

fn check_digit(digits: &[u8]) -> u8 {
    digits
        .iter()
        .fold(0u8, |interim, &d| DAMM[interim as usize][d as usize])
}

impl TrackingNumber {
    /// All zeros: a valid number that storage never hands out, used before allocation.
    pub(crate) const UNALLOCATED: TrackingNumber = TrackingNumber([0; DIGITS]);

    /// Makes a new random tracking number.
    pub fn generate<R: Rng + ?Sized>(rng: &mut R) -> Self {
        let mut digits = [0u8; DIGITS];
        for d in digits.iter_mut().take(DIGITS - 1) {
            *d = rng.random_range(0..10);
        }
        digits[DIGITS - 1] = check_digit(&digits[..DIGITS - 1]);
        TrackingNumber(digits)
    }

    /// The ten digits without separators, the form kept in storage.
    pub fn compact(&self) -> String {
        self.0.iter().map(|d| char::from(b'0' + d)).collect()
    }
}

impl FromStr for TrackingNumber {
    type Err = TrackingNumberError;

    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let mut digits = Vec::with_capacity(DIGITS);
        for c in s.trim().chars() {
            match c {
                '0'..='9' => digits.push(c as u8 - b'0'),
                ' ' | '-' => {}
                other => return Err(TrackingNumberError::BadCharacter(other)),
            }
        }

        let digits: [u8; DIGITS] = digits
            .as_slice()
            .try_into()
            .map_err(|_| TrackingNumberError::WrongLength(digits.len()))?;

        // The check digit makes the Damm fold of all ten digits come out as zero.
        if check_digit(&digits) != 0 {
            return Err(TrackingNumberError::CheckDigit);
        }
        Ok(TrackingNumber(digits))
    }
}

impl fmt::Display for TrackingNumber {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let s = self.compact();
        write!(f, "{}-{}-{}", &s[0..4], &s[4..8], &s[8..10])
    }
}

impl Serialize for TrackingNumber {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for TrackingNumber {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let s = String::deserialize(deserializer)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use rand::SeedableRng;
    use rand::rngs::StdRng;

    fn sample(n: usize) -> Vec<TrackingNumber> {
        let mut rng = StdRng::seed_from_u64(7);
        (0..n).map(|_| TrackingNumber::generate(&mut rng)).collect()
    }

    #[test]
    fn generated_numbers_parse_back_in_every_written_form() {
        for t in sample(1000) {
            assert_eq!(t.to_string().parse::<TrackingNumber>(), Ok(t));
            assert_eq!(t.compact().parse::<TrackingNumber>(), Ok(t));
            let spaced = t.to_string().replace('-', " ");
            assert_eq!(spaced.parse::<TrackingNumber>(), Ok(t));
        }
    }

    #[test]
    fn every_single_wrong_digit_is_caught() {
        for t in sample(300) {
            for pos in 0..DIGITS {
                for wrong in 0..10u8 {
                    let mut digits = t.0;
                    if digits[pos] == wrong {
                        continue;
                    }
                    digits[pos] = wrong;
                    let typed: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
                    assert_eq!(
                        typed.parse::<TrackingNumber>(),
                        Err(TrackingNumberError::CheckDigit),
                        "{typed} should be rejected"
                    );
                }
            }
        }
    }

    #[test]
    fn every_swap_of_neighbouring_digits_is_caught() {
        for t in sample(300) {
            for pos in 0..DIGITS - 1 {
                let mut digits = t.0;
                if digits[pos] == digits[pos + 1] {
                    continue;
                }
                digits.swap(pos, pos + 1);
                let typed: String = digits.iter().map(|d| char::from(b'0' + d)).collect();
                assert!(typed.parse::<TrackingNumber>().is_err(), "{typed}");
            }
        }
    }

    #[test]
    fn malformed_input_says_what_is_wrong() {
        assert_eq!(
            "1234-5678-9".parse::<TrackingNumber>(),
            Err(TrackingNumberError::WrongLength(9))
        );
        assert_eq!(
            "1234-567O-90".parse::<TrackingNumber>(),
            Err(TrackingNumberError::BadCharacter('O'))
        );
    }
}
