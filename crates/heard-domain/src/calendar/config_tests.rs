//! Which days are business days once closures and overrides apply, and the calendar read
//! from configuration.

use jiff::civil::{date, time};

use super::*;

fn default_calendar() -> BusinessCalendar {
    BusinessCalendar::from_config(&CalendarConfig::default()).expect("the default calendar builds")
}

#[test]
fn the_years_worked_out_in_advance_agree_with_the_rules_at_both_ends() {
    let calendar = default_calendar();
    let ends = [
        date(1998, 1, 1)..date(2003, 1, 1),
        date(2098, 1, 1)..date(2103, 1, 1),
    ];

    for range in ends {
        let mut day = range.start;
        while day < range.end {
            let by_rule =
                day.weekday().to_monday_one_offset() <= 5 && !Holidays::ontario().is_holiday(day);
            assert_eq!(calendar.is_business_day(day), by_rule, "{day}");
            day = day.tomorrow().expect("a date in range");
        }
    }
}

#[test]
fn a_rule_set_without_the_civic_holiday_keeps_august_working() {
    let rules = Holiday::ONTARIO
        .into_iter()
        .filter(|h| *h != Holiday::CivicHoliday);
    let holidays = Holidays::from_rules(rules);
    let calendar = BusinessCalendar::new(holidays, [], [], WorkingHours::default())
        .expect("the calendar builds");

    assert!(calendar.is_business_day(date(2025, 8, 4)));
    assert_eq!(calendar.holidays().rules().len(), 9);
}

#[test]
fn weekends_closures_and_overrides_decide_business_days() {
    let config = CalendarConfig {
        extra_closures: vec![date(2025, 12, 24)],
        working_days_override: vec![date(2025, 8, 4)],
        ..CalendarConfig::default()
    };
    let calendar = BusinessCalendar::from_config(&config).expect("the calendar builds");

    assert!(calendar.is_business_day(date(2025, 12, 23)));
    assert!(!calendar.is_business_day(date(2025, 12, 24)));
    assert!(calendar.is_business_day(date(2025, 8, 4)));
    assert!(!calendar.is_business_day(date(2025, 8, 2)));
    assert!(!calendar.is_business_day(date(2025, 8, 3)));
}

#[test]
fn the_calendar_is_read_from_toml_with_defaults() {
    let empty: CalendarConfig = toml::from_str("").expect("an empty file is the default");
    assert_eq!(empty, CalendarConfig::default());
    assert_eq!(
        (empty.opens, empty.closes),
        (time(8, 30, 0, 0), time(16, 30, 0, 0))
    );

    let text = r#"
        extra_closures = ["2025-12-24"]
        working_days_override = ["2025-08-04"]
        opens = "09:00"
        closes = "17:00"
    "#;
    let config: CalendarConfig = toml::from_str(text).expect("the file reads");
    assert_eq!(config.extra_closures, [date(2025, 12, 24)]);
    assert_eq!(config.working_days_override, [date(2025, 8, 4)]);
    assert_eq!(
        (config.opens, config.closes),
        (time(9, 0, 0, 0), time(17, 0, 0, 0))
    );
}

#[test]
fn the_calendar_is_read_from_json() {
    let json = r#"{"extra_closures": ["2025-12-24"], "closes": "16:00"}"#;
    let config: CalendarConfig = serde_json::from_str(json).expect("the JSON reads");

    assert_eq!(config.extra_closures, [date(2025, 12, 24)]);
    assert_eq!(config.opens, time(8, 30, 0, 0));
    assert_eq!(config.closes, time(16, 0, 0, 0));
}

#[test]
fn an_unknown_setting_is_refused() {
    let read = toml::from_str::<CalendarConfig>("closing = \"16:30\"");
    assert!(read.is_err());
}

#[test]
fn closing_before_opening_is_refused() {
    let config = CalendarConfig {
        opens: time(16, 30, 0, 0),
        closes: time(8, 30, 0, 0),
        ..CalendarConfig::default()
    };
    let refused = BusinessCalendar::from_config(&config);
    assert!(matches!(
        refused,
        Err(CalendarError::HoursOutOfOrder { .. })
    ));
}

#[test]
fn a_weekend_declared_a_working_day_is_refused_with_its_date() {
    let config = CalendarConfig {
        working_days_override: vec![date(2025, 8, 2)],
        ..CalendarConfig::default()
    };
    let refused = BusinessCalendar::from_config(&config).map(|_| ());
    let message = refused.map_err(|e| e.to_string());
    assert_eq!(
        message,
        Err("2025-08-02 is a Saturday; only a weekday can be declared a working day".into())
    );
}
