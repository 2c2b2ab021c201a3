//! The languages of the public experience, each named in itself.

/// The sixteen languages residents can choose for pages and messages: BCP 47 tag and autonym.
pub const PUBLIC_LANGUAGES: &[(&str, &str)] = &[
    ("en", "English"),
    ("fr", "Français"),
    ("zh-Hans", "简体中文"),
    ("zh-Hant", "繁體中文"),
    ("tl", "Tagalog"),
    ("es", "Español"),
    ("pt", "Português"),
    ("it", "Italiano"),
    ("ta", "தமிழ்"),
    ("pa", "ਪੰਜਾਬੀ"),
    ("ur", "اردو"),
    ("fa", "فارسی"),
    ("ar", "العربية"),
    ("ko", "한국어"),
    ("ru", "Русский"),
    ("vi", "Tiếng Việt"),
];
