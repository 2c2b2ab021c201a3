//! Phone numbers as SMS providers want them, and the keywords residents text to stop or
//! restart messages.

/// What an inbound text asks for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SmsKeyword {
    /// No more text messages to this number.
    Stop,
    /// Text messages to this number again.
    Start,
}

/// The keyword a text message is, if it is one: the carriers' usual words, in English and in
/// French, alone in the message, in any case.
pub fn sms_keyword(body: &str) -> Option<SmsKeyword> {
    let word = body.trim().trim_end_matches(['.', '!']).to_uppercase();
    match word.as_str() {
        "STOP" | "STOPALL" | "UNSUBSCRIBE" | "CANCEL" | "END" | "QUIT" | "ARRET" | "ARRÊT" => {
            Some(SmsKeyword::Stop)
        }
        "START" | "UNSTOP" | "YES" | "SUBSCRIBE" => Some(SmsKeyword::Start),
        _ => None,
    }
}

/// The number in E.164 form (`+14165550123`), for a number as a resident typed it. Ten digits
/// are a North American number; `+` or `011` starts an international one. None when it cannot
/// be a phone number.
pub fn e164(phone: &str) -> Option<String> {
    let trimmed = phone.trim();
    let digits: String = trimmed.chars().filter(char::is_ascii_digit).collect();
    let international = if trimmed.starts_with('+') {
        Some(digits.as_str())
    } else {
        digits.strip_prefix("011")
    };

    let full = match (international, digits.len()) {
        (Some(rest), _) => rest.to_owned(),
        (None, 10) => format!("1{digits}"),
        (None, 11) if digits.starts_with('1') => digits.clone(),
        (None, _) => return None,
    };
    (8..=15).contains(&full.len()).then(|| format!("+{full}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn north_american_numbers_get_their_country_code() {
        assert_eq!(e164("416-555-0123").as_deref(), Some("+14165550123"));
        assert_eq!(e164("(416) 555 0123").as_deref(), Some("+14165550123"));
        assert_eq!(e164("1 416 555 0123").as_deref(), Some("+14165550123"));
        assert_eq!(e164("+1 416 555 0123").as_deref(), Some("+14165550123"));
    }

    #[test]
    fn international_numbers_keep_theirs() {
        assert_eq!(e164("+33 1 23 45 67 89").as_deref(), Some("+33123456789"));
        assert_eq!(
            e164("011 33 1 23 45 67 89").as_deref(),
            Some("+33123456789")
        );
        assert_eq!(e164("555-0123"), None);
        assert_eq!(e164("+1234567890123456"), None);
    }

    #[test]
    fn stop_and_start_are_recognised_in_english_and_french() {
        assert_eq!(sms_keyword(" stop "), Some(SmsKeyword::Stop));
        assert_eq!(sms_keyword("Arrêt"), Some(SmsKeyword::Stop));
        assert_eq!(sms_keyword("START"), Some(SmsKeyword::Start));
        assert_eq!(sms_keyword("please stop the noise"), None);
    }
}
