//! Tests of notification delivery with real parts: an SMTP server (aiosmtpd), a local server
//! speaking the SMS provider's API, and SQLite and PostgreSQL databases.

mod burst;
mod email;
mod outbox;
mod sms;
mod support;
