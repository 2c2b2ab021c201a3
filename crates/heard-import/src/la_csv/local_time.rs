//! US-style local times (`12/31/2017 11:59:58 PM`), read by hand (the shape is fixed and this
//! runs three times a row) and checked by jiff, so that February 30 is refused, not rolled.

use jiff::{
    Timestamp,
    civil::{Date, DateTime, Time},
    tz::{AmbiguousOffset, TimeZone},
};

/// The instant `text` names in `zone`; the error completes "<column> '<text>' …".
///
/// A time repeated when clocks fall back is read in the earlier offset; a time skipped when
/// they spring forward never happened and is refused.
pub(super) fn parse(text: &str, zone: &TimeZone) -> Result<Timestamp, String> {
    let parts = Parts::read(text.as_bytes())
        .ok_or_else(|| "is not in the form MM/DD/YYYY hh:mm:ss AM".to_owned())?;

    let date = Date::new(parts.year, parts.month, parts.day)
        .map_err(|e| format!("is not a real date: {e}"))?;
    let hour = match (parts.hour, parts.pm) {
        (1..=11, false) => parts.hour,
        (12, false) => 0,
        (1..=11, true) => parts.hour + 12,
        (12, true) => 12,
        _ => {
            return Err(format!(
                "is not a real time: hour {} is not 1 to 12",
                parts.hour
            ));
        }
    };
    let time = Time::new(hour, parts.minute, parts.second, 0)
        .map_err(|e| format!("is not a real time: {e}"))?;

    let local = zone.to_ambiguous_timestamp(DateTime::from_parts(date, time));
    if let AmbiguousOffset::Gap { .. } = local.offset() {
        return Err(format!(
            "does not exist in {}: clocks skipped that hour",
            zone.iana_name().unwrap_or("the source's time zone")
        ));
    }
    local
        .compatible()
        .map_err(|e| format!("cannot be placed in time: {e}"))
}

/// The numbers of `M/D/YYYY h:mm:ss AM`, with one or two digits for month, day and hour.
struct Parts {
    year: i16,
    month: i8,
    day: i8,
    hour: i8,
    minute: i8,
    second: i8,
    pm: bool,
}

impl Parts {
    fn read(bytes: &[u8]) -> Option<Self> {
        let mut rest = bytes;
        let month = digits(&mut rest, 1, 2)?;
        separator(&mut rest, b'/')?;
        let day = digits(&mut rest, 1, 2)?;
        separator(&mut rest, b'/')?;
        let year = digits(&mut rest, 4, 4)?;
        separator(&mut rest, b' ')?;
        let hour = digits(&mut rest, 1, 2)?;
        separator(&mut rest, b':')?;
        let minute = digits(&mut rest, 2, 2)?;
        separator(&mut rest, b':')?;
        let second = digits(&mut rest, 2, 2)?;
        separator(&mut rest, b' ')?;
        let pm = match rest {
            b"AM" | b"am" => false,
            b"PM" | b"pm" => true,
            _ => return None,
        };

        Some(Self {
            year: i16::try_from(year).ok()?,
            month: i8::try_from(month).ok()?,
            day: i8::try_from(day).ok()?,
            hour: i8::try_from(hour).ok()?,
            minute: i8::try_from(minute).ok()?,
            second: i8::try_from(second).ok()?,
            pm,
        })
    }
}

/// Takes `min` to `max` ASCII digits from the front of `rest`.
fn digits(rest: &mut &[u8], min: usize, max: usize) -> Option<u16> {
    let count = rest
        .iter()
        .take(max)
        .take_while(|b| b.is_ascii_digit())
        .count();
    if count < min {
        return None;
    }
    let (number, tail) = rest.split_at(count);
    *rest = tail;
    Some(number.iter().fold(0, |n, b| n * 10 + u16::from(b - b'0')))
}

fn separator(rest: &mut &[u8], byte: u8) -> Option<()> {
    *rest = rest.strip_prefix(&[byte])?;
    Some(())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn los_angeles() -> TimeZone {
        TimeZone::get("America/Los_Angeles").expect("the system time zone database has LA")
    }

    fn utc(text: &str) -> Result<String, String> {
        parse(text, &los_angeles()).map(|t| t.to_string())
    }

    #[test]
    fn local_times_become_instants_in_winter_and_summer() {
        assert_eq!(
            utc("12/31/2017 11:59:58 PM"),
            Ok("2018-01-01T07:59:58Z".into())
        );
        assert_eq!(
            utc("04/09/2018 09:18:35 AM"),
            Ok("2018-04-09T16:18:35Z".into())
        );
        assert_eq!(
            utc("01/05/2018 12:00:00 AM"),
            Ok("2018-01-05T08:00:00Z".into())
        );
        assert_eq!(
            utc("1/5/2018 12:30:00 PM"),
            Ok("2018-01-05T20:30:00Z".into())
        );
    }

    #[test]
    fn impossible_dates_and_times_are_refused() {
        let refused = |text: &str, start: &str| {
            let problem = utc(text).err().unwrap_or_default();
            assert!(problem.starts_with(start), "{text}: {problem}");
        };

        refused("02/30/2017 10:00:00 AM", "is not a real date");
        refused("13/01/2017 10:00:00 AM", "is not a real date");
        refused("01/01/2017 13:00:00 PM", "is not a real time: hour 13");
        refused("01/01/2017 00:10:00 AM", "is not a real time: hour 0");
        refused("01/01/2017 10:61:00 AM", "is not a real time");
        refused(
            "03/11/2018 02:30:00 AM",
            "does not exist in America/Los_Angeles",
        );
        refused("2017-12-31 23:59:58", "is not in the form");
        refused("12/31/2017 11:59:58", "is not in the form");
        refused("12/31/2017 11:59:58 PMX", "is not in the form");
    }

    #[test]
    fn a_repeated_hour_is_read_in_the_earlier_offset() {
        assert_eq!(
            utc("11/04/2018 01:30:00 AM"),
            Ok("2018-11-04T08:30:00Z".into())
        );
    }
}
