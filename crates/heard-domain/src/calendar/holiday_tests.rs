//! Ontario's holidays against published dates, Easter, and observed-day substitution.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday, date};

use super::*;

fn observed(year: i16) -> Vec<(Holiday, Date)> {
    Holidays::ontario()
        .in_year(year)
        .iter()
        .map(|day| (day.holiday, day.observed))
        .collect()
}

fn observed_day(year: i16, holiday: Holiday) -> Option<Date> {
    Holidays::ontario()
        .in_year(year)
        .iter()
        .find(|day| day.holiday == holiday)
        .map(|day| day.observed)
}

fn default_calendar() -> BusinessCalendar {
    BusinessCalendar::from_config(&CalendarConfig::default()).expect("the default calendar builds")
}

#[test]
fn ontario_2024_holidays_match_the_published_dates() {
    assert_eq!(
        observed(2024),
        [
            (Holiday::NewYearsDay, date(2024, 1, 1)),
            (Holiday::FamilyDay, date(2024, 2, 19)),
            (Holiday::GoodFriday, date(2024, 3, 29)),
            (Holiday::VictoriaDay, date(2024, 5, 20)),
            (Holiday::CanadaDay, date(2024, 7, 1)),
            (Holiday::CivicHoliday, date(2024, 8, 5)),
            (Holiday::LabourDay, date(2024, 9, 2)),
            (Holiday::Thanksgiving, date(2024, 10, 14)),
            (Holiday::Christmas, date(2024, 12, 25)),
            (Holiday::BoxingDay, date(2024, 12, 26)),
        ]
    );
}

#[test]
fn ontario_2025_holidays_match_the_published_dates() {
    assert_eq!(
        observed(2025),
        [
            (Holiday::NewYearsDay, date(2025, 1, 1)),
            (Holiday::FamilyDay, date(2025, 2, 17)),
            (Holiday::GoodFriday, date(2025, 4, 18)),
            (Holiday::VictoriaDay, date(2025, 5, 19)),
            (Holiday::CanadaDay, date(2025, 7, 1)),
            (Holiday::CivicHoliday, date(2025, 8, 4)),
            (Holiday::LabourDay, date(2025, 9, 1)),
            (Holiday::Thanksgiving, date(2025, 10, 13)),
            (Holiday::Christmas, date(2025, 12, 25)),
            (Holiday::BoxingDay, date(2025, 12, 26)),
        ]
    );
}

#[test]
fn christmas_2021_on_a_saturday_is_observed_monday_and_boxing_day_tuesday() {
    assert_eq!(
        observed_day(2021, Holiday::Christmas),
        Some(date(2021, 12, 27))
    );
    assert_eq!(
        observed_day(2021, Holiday::BoxingDay),
        Some(date(2021, 12, 28))
    );

    let calendar = default_calendar();
    assert!(!calendar.is_business_day(date(2021, 12, 27)));
    assert!(!calendar.is_business_day(date(2021, 12, 28)));
    assert!(calendar.is_business_day(date(2021, 12, 29)));
}

#[test]
fn christmas_2022_on_a_sunday_is_observed_tuesday_after_boxing_day() {
    assert_eq!(
        observed_day(2022, Holiday::BoxingDay),
        Some(date(2022, 12, 26))
    );
    assert_eq!(
        observed_day(2022, Holiday::Christmas),
        Some(date(2022, 12, 27))
    );
}

#[test]
fn canada_day_2022_on_a_friday_is_not_moved() {
    assert_eq!(date(2022, 7, 1).weekday(), Weekday::Friday);
    assert_eq!(
        observed_day(2022, Holiday::CanadaDay),
        Some(date(2022, 7, 1))
    );
    assert!(!default_calendar().is_business_day(date(2022, 7, 1)));
    assert!(default_calendar().is_business_day(date(2022, 7, 4)));
}

#[test]
fn canada_day_on_a_weekend_is_observed_the_monday_after() {
    assert_eq!(
        observed_day(2018, Holiday::CanadaDay),
        Some(date(2018, 7, 2))
    );
    assert_eq!(
        observed_day(2023, Holiday::CanadaDay),
        Some(date(2023, 7, 3))
    );
}

#[test]
fn new_years_day_on_a_weekend_is_observed_the_monday_after() {
    assert_eq!(
        observed_day(2022, Holiday::NewYearsDay),
        Some(date(2022, 1, 3))
    );
    assert_eq!(
        observed_day(2023, Holiday::NewYearsDay),
        Some(date(2023, 1, 2))
    );
}

#[test]
fn victoria_day_is_the_last_monday_before_may_25() {
    let victoria = |year| Holiday::VictoriaDay.date_in(year);
    assert_eq!(victoria(2020), Some(date(2020, 5, 18)));
    assert_eq!(victoria(2021), Some(date(2021, 5, 24)));
    assert_eq!(victoria(2025), Some(date(2025, 5, 19)));
    assert_eq!(victoria(2026), Some(date(2026, 5, 18)));
}

#[test]
fn easter_sunday_matches_known_dates() {
    let known = [
        (1818, 3, 22),
        (1961, 4, 2),
        (2000, 4, 23),
        (2008, 3, 23),
        (2011, 4, 24),
        (2019, 4, 21),
        (2024, 3, 31),
        (2025, 4, 20),
        (2026, 4, 5),
        (2038, 4, 25),
        (2285, 3, 22),
    ];
    for (year, month, day) in known {
        assert_eq!(easter_sunday(year), Some(date(year, month, day)), "{year}");
    }
}

#[test]
fn each_holiday_falls_on_its_weekday_for_a_thousand_years() {
    for year in 1600..=2600 {
        for holiday in Holiday::ONTARIO {
            let day = holiday.date_in(year).expect("a date in range");
            let expected = match holiday {
                Holiday::GoodFriday => Some(Weekday::Friday),
                Holiday::NewYearsDay
                | Holiday::CanadaDay
                | Holiday::Christmas
                | Holiday::BoxingDay => None,
                _ => Some(Weekday::Monday),
            };
            if let Some(weekday) = expected {
                assert_eq!(day.weekday(), weekday, "{holiday:?} {year}");
            }
        }
    }
}

#[test]
fn observed_days_are_distinct_weekdays_of_their_own_year() {
    for year in 1600..=2600 {
        let days = Holidays::ontario().in_year(year);
        assert_eq!(days.len(), 10);

        let mut seen: Vec<Date> = days.iter().map(|day| day.observed).collect();
        seen.sort();
        seen.dedup();
        assert_eq!(seen.len(), 10, "{year}: two holidays observed on one day");
        for day in &days {
            assert_eq!(day.observed.year(), year);
            assert!(!matches!(
                day.observed.weekday(),
                Weekday::Saturday | Weekday::Sunday
            ));
            assert!(day.observed >= day.date && day.observed <= day.date.saturating_add(3.days()));
        }
    }
}

#[test]
fn a_holiday_is_known_on_its_own_day_and_on_its_observed_day() {
    let ontario = Holidays::ontario();
    assert!(ontario.is_holiday(date(2021, 12, 25)));
    assert!(ontario.is_holiday(date(2021, 12, 27)));
    assert!(!ontario.is_holiday(date(2021, 12, 29)));
}
