//! The dashboard's filters, read from the query string: each field checked, each problem
//! named beside its field, and the divisional roles held to their own division.

use heard_domain::i18n::Locale;
use heard_domain::report::ReportFilter;
use heard_domain::{Channel, Kind};
use jiff::civil::Date;
use serde::Deserialize;

use crate::AppState;
use crate::staff::StaffUser;

/// The query string of the dashboard, its CSV files and its drill-down, as typed.
#[derive(Debug, Clone, Default, Deserialize)]
#[serde(default)]
pub struct DashboardQuery {
    /// First day of receipt, `YYYY-MM-DD`.
    pub from: String,
    /// Last day of receipt, `YYYY-MM-DD`.
    pub to: String,
    /// A division's code.
    pub division: String,
    /// A category's code.
    pub category: String,
    /// A channel's code.
    pub channel: String,
    /// A ward, `NN`.
    pub ward: String,
    /// A language tag.
    pub language: String,
    /// Complaint, compliment or comment.
    pub kind: String,
    /// The table a CSV file holds.
    pub table: String,
    /// The count a drill-down lists.
    pub figure: String,
}

/// A problem with one filter, for the field named.
#[derive(Debug, Clone)]
pub struct FieldError {
    /// The field's name and id.
    pub field: &'static str,
    /// What to do, in words.
    pub message: &'static str,
}

impl DashboardQuery {
    /// The report filter these fields ask for, or every problem found. A divisional role
    /// always gets its own division, whatever was asked.
    pub fn filter(
        &self,
        state: &AppState,
        me: &StaffUser,
    ) -> Result<ReportFilter, Vec<FieldError>> {
        let mut errors = Vec::new();
        let mut problem = |field, message| errors.push(FieldError { field, message });
        let text = |s: &str| Some(s.trim().to_owned()).filter(|s| !s.is_empty());

        let from = text(&self.from).and_then(|d| {
            let day = d.parse::<Date>().ok();
            if day.is_none() {
                problem(
                    "from",
                    "Give the first day as YYYY-MM-DD, for example 2026-01-01.",
                );
            }
            day
        });
        let to = text(&self.to).and_then(|d| {
            let day = d.parse::<Date>().ok();
            if day.is_none() {
                problem(
                    "to",
                    "Give the last day as YYYY-MM-DD, for example 2026-03-31.",
                );
            }
            day
        });
        if let (Some(from), Some(to)) = (from, to)
            && to < from
        {
            problem("to", "The last day must not be before the first day.");
        }

        let division = match me.division.as_deref().filter(|_| me.role.is_divisional()) {
            Some(own) => Some(own.to_owned()),
            None => text(&self.division).filter(|d| {
                let known = state.directory.division(d).is_some();
                if !known {
                    problem("division", "Choose a division from the list.");
                }
                known
            }),
        };
        let category = text(&self.category).filter(|c| {
            let known = state.directory.place(c).is_some();
            if !known {
                problem(
                    "category",
                    "Give a category code from the list, for example T311-R0012.",
                );
            }
            known
        });
        let channel = text(&self.channel).and_then(|c| {
            let channel = Channel::from_code(&c);
            if channel.is_none() {
                problem("channel", "Choose a channel from the list.");
            }
            channel
        });
        let kind = text(&self.kind).and_then(|k| {
            let kind = Kind::from_code(&k);
            if kind.is_none() {
                problem("kind", "Choose complaint, compliment or comment.");
            }
            kind
        });
        let ward = text(&self.ward).filter(|w| {
            let known = w.len() <= 3 && w.chars().all(|c| c.is_ascii_digit());
            if !known {
                problem("ward", "Give the ward as two digits, for example 04.");
            }
            known
        });
        let language = text(&self.language).filter(|l| {
            let known = l.len() <= 35 && l.chars().all(|c| c.is_ascii_alphanumeric() || c == '-');
            if !known {
                problem("language", "Choose a language from the list.");
            }
            known
        });

        if !errors.is_empty() {
            return Err(errors);
        }
        Ok(ReportFilter {
            received_from: from.and_then(start_of),
            received_to: to.and_then(|d| d.tomorrow().ok()).and_then(start_of),
            division,
            section: None,
            category,
            channel,
            ward,
            language,
            kind,
        })
    }

    /// The filters as a query string, for links that keep them (without `table` or `figure`).
    pub fn filters_query(&self) -> String {
        let mut q = form_urlencoded::Serializer::new(String::new());
        for (name, value) in [
            ("from", &self.from),
            ("to", &self.to),
            ("division", &self.division),
            ("category", &self.category),
            ("channel", &self.channel),
            ("ward", &self.ward),
            ("language", &self.language),
            ("kind", &self.kind),
        ] {
            if !value.trim().is_empty() {
                q.append_pair(name, value.trim());
            }
        }
        q.finish()
    }
}

/// The instant a day begins in the City.
fn start_of(day: Date) -> Option<jiff::Timestamp> {
    heard_domain::i18n::city_zone()
        .to_timestamp(day.at(0, 0, 0, 0))
        .ok()
}

/// The choices of a select: value and words.
pub type Options = Vec<(String, String)>;

/// The choices of each select of the filter form.
pub struct Choices {
    /// Divisions.
    pub divisions: Options,
    /// Channels.
    pub channels: Options,
    /// Kinds.
    pub kinds: Options,
    /// Wards.
    pub wards: Options,
    /// Languages.
    pub languages: Options,
}

impl Choices {
    /// The choices this state offers.
    pub fn of(state: &AppState) -> Self {
        let coded = |codes: &[&'static str]| {
            codes
                .iter()
                .map(|c| ((*c).to_owned(), c.replace('_', " ")))
                .collect()
        };
        Choices {
            divisions: (state.directory.divisions().iter())
                .map(|d| (d.code.clone(), d.name.clone()))
                .collect(),
            channels: coded(&Channel::ALL.iter().map(|c| c.code()).collect::<Vec<_>>()),
            kinds: coded(&Kind::ALL.iter().map(|k| k.code()).collect::<Vec<_>>()),
            wards: state.wards.as_deref().map_or_else(Vec::new, |map| {
                let mut wards: Options = map
                    .wards()
                    .map(|w| (w.code.clone(), format!("{} {}", w.code, w.name)))
                    .collect();
                wards.sort();
                wards
            }),
            languages: Locale::all()
                .map(|l| (l.tag().to_owned(), l.autonym().to_owned()))
                .collect(),
        }
    }
}
