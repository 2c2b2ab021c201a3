//! The bad requests: each state-changing route crossed with each kind of bad input, and the
//! query strings and paths that take outside text.

use reqwest::Method;
use reqwest::multipart::{Form, Part};

use crate::support::TestServer;

/// Who sends a probe.
#[derive(Debug, Clone, Copy)]
pub enum Who {
    /// No session.
    Anyone,
    /// A signed-in agent.
    Staff,
}

/// What a probe must get.
#[derive(Debug, Clone, Copy)]
pub enum Expect {
    /// A 4xx with a message.
    ClientError,
    /// Anything but a 5xx (garbage in a search box may just find nothing).
    NotServerError,
}

/// One bad request.
#[derive(Debug, Clone)]
pub struct Probe {
    pub what: String,
    pub method: Method,
    pub path: String,
    pub content_type: Option<String>,
    pub body: Vec<u8>,
    pub who: Who,
    pub expect: Expect,
}

const JSON: &str = "application/json";
const FORM: &str = "application/x-www-form-urlencoded";

/// A client without cookies that does not follow redirects.
pub fn anonymous() -> reqwest::Client {
    reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .expect("a client")
}

fn probe(what: &str, path: &str, content_type: Option<&str>, body: Vec<u8>, who: Who) -> Probe {
    Probe {
        what: format!("POST {path}: {what}"),
        method: Method::POST,
        path: path.to_owned(),
        content_type: content_type.map(str::to_owned),
        body,
        who,
        expect: Expect::ClientError,
    }
}

fn get(path: String, who: Who, expect: Expect) -> Probe {
    Probe {
        what: format!("GET {path}"),
        method: Method::GET,
        path,
        content_type: None,
        body: Vec::new(),
        who,
        expect,
    }
}

/// `[[[…]]]` nested `depth` deep.
fn deep_array(depth: usize) -> Vec<u8> {
    let mut body = "[".repeat(depth);
    body.push_str(&"]".repeat(depth));
    body.into_bytes()
}

/// `{"a":{"a":…1…}}` nested `depth` deep inside a case's fields.
fn deep_object(depth: usize) -> Vec<u8> {
    let mut body = String::from(r#"{"kind":"complaint","description":"Deep.","location":"#);
    body.push_str(&r#"{"a":"#.repeat(depth));
    body.push('1');
    body.push_str(&"}".repeat(depth + 1));
    body.into_bytes()
}

/// Bodies that no JSON route may accept.
fn bad_json_bodies() -> Vec<(&'static str, Option<&'static str>, Vec<u8>)> {
    let valid = br#"{"kind":"complaint","description":"A pothole.","reason":"No.","text":"Here.","confirm":"x@example.ca"}"#.to_vec();
    let mut oversized = br#"{"kind":"complaint","description":""#.to_vec();
    oversized.extend(std::iter::repeat_n(b'a', 300 * 1024));
    oversized.extend(br#""}"#);
    vec![
        ("a body over 256 KiB", Some(JSON), oversized),
        (
            "arrays nested 100,000 deep",
            Some(JSON),
            deep_array(100_000),
        ),
        (
            "objects nested 10,000 deep",
            Some(JSON),
            deep_object(10_000),
        ),
        (
            "invalid UTF-8 in a string",
            Some(JSON),
            b"{\"kind\":\"complaint\",\"description\":\"bad \xff\xfe\xc0\x80 bytes\"}".to_vec(),
        ),
        (
            "invalid UTF-8 in a key",
            Some(JSON),
            b"{\"\xff\xfe\":\"complaint\"}".to_vec(),
        ),
        (
            "a lone surrogate escape",
            Some(JSON),
            br#"{"description":"\ud800"}"#.to_vec(),
        ),
        (
            "a number too large",
            Some(JSON),
            br#"{"kind":"complaint","description":"x","location":{"lat":1e400}}"#.to_vec(),
        ),
        ("an empty body", Some(JSON), Vec::new()),
        ("null", Some(JSON), b"null".to_vec()),
        ("a NUL byte", Some(JSON), b"{\"kind\":\0}".to_vec()),
        ("text/plain", Some("text/plain"), valid.clone()),
        ("no content type", None, valid.clone()),
        (
            "a form",
            Some(FORM),
            b"kind=complaint&description=x".to_vec(),
        ),
        (
            "multipart",
            Some("multipart/form-data; boundary=x"),
            b"--x--\r\n".to_vec(),
        ),
        ("XML", Some("application/xml"), b"<case/>".to_vec()),
        ("a content type that is not one", Some("json"), valid),
    ]
}

/// Form bodies that no form route may accept; `prefix` (such as a CSRF token) goes first.
fn bad_form_bodies(prefix: &str, limit: usize) -> Vec<(&'static str, Option<String>, Vec<u8>)> {
    let with = |rest: &[u8]| {
        let mut body = prefix.as_bytes().to_vec();
        body.extend_from_slice(rest);
        body
    };
    let mut oversized = with(b"description=");
    oversized.extend(std::iter::repeat_n(b'a', limit + 1024));
    vec![
        ("a body over the limit", Some(FORM.to_owned()), oversized),
        (
            "raw invalid UTF-8",
            Some(FORM.to_owned()),
            with(b"description=bad\xff\xfe&reason=\xc0\x80&text=\xed\xa0\x80"),
        ),
        (
            "percent-encoded invalid UTF-8",
            Some(FORM.to_owned()),
            with(b"description=bad%FF%FE&reason=%C0%80&text=%ED%A0%80&note=%FF"),
        ),
        (
            "invalid UTF-8 in a field name",
            Some(FORM.to_owned()),
            with(b"%FF%FE=1&\xff=2"),
        ),
        (
            "JSON",
            Some(JSON.to_owned()),
            with(br#"{"description":"x"}"#),
        ),
        ("no content type", None, with(b"description=x")),
        (
            "text/plain",
            Some("text/plain".to_owned()),
            with(b"description=x"),
        ),
        (
            "a broken multipart body",
            Some("multipart/form-data; boundary=zzz".to_owned()),
            b"--zzz\r\nContent-Disposition: form-data; name=\"csrf\"\r\n\r\nno end".to_vec(),
        ),
        (
            "multipart without a boundary",
            Some("multipart/form-data".to_owned()),
            b"description=x".to_vec(),
        ),
    ]
}

/// Every probe, for the case `tracking` and a staff session whose token is `csrf`.
pub fn all(tracking: &str, csrf: &str) -> Vec<Probe> {
    let mut probes = Vec::new();

    // The JSON API.
    let api = [
        "/api/v1/cases".to_owned(),
        format!("/api/v1/cases/{tracking}/escalation"),
        format!("/api/v1/cases/{tracking}/information"),
        format!("/api/v1/cases/{tracking}/withdrawal"),
    ];
    for path in &api {
        for (what, content_type, body) in bad_json_bodies() {
            probes.push(probe(what, path, content_type, body, Who::Anyone));
        }
    }
    let valid = br#"{"reason":"No.","confirm":"x@example.ca"}"#.to_vec();
    for path in [
        "/api/v1/cases/%FF%FE/escalation",
        "/api/v1/cases/..%2F..%2Fetc%2Fpasswd/withdrawal",
        "/api/v1/cases/0000-0000-00%00/information",
    ] {
        probes.push(probe(
            "a bad path",
            path,
            Some(JSON),
            valid.clone(),
            Who::Anyone,
        ));
    }
    for path in ["/api/v1/cases/%FF%FE", "/api/v1/cases/%C0%AE%C0%AE"] {
        probes.push(get(path.to_owned(), Who::Anyone, Expect::ClientError));
    }

    // Open311.
    for path in ["/open311/v2/requests.json", "/open311/v2/requests.xml"] {
        for (what, content_type, body) in bad_form_bodies("service_code=T311-R0012&", 300 * 1024) {
            probes.push(probe(
                what,
                path,
                content_type.as_deref(),
                body,
                Who::Anyone,
            ));
        }
        let json = serde_json::json!({"service_code": "T311-R0012", "description": "x"});
        probes.push(probe(
            "JSON instead of a form",
            path,
            Some(JSON),
            json.to_string().into_bytes(),
            Who::Anyone,
        ));
    }
    for query in [
        "?service_request_id=%FF%FE",
        "?start_date=%FF&end_date=%C0%80",
        "?status=%ED%A0%80",
        "?service_code=\u{0}",
    ] {
        probes.push(get(
            format!("/open311/v2/requests.json{query}"),
            Who::Anyone,
            Expect::NotServerError,
        ));
    }
    probes.push(get(
        format!("/open311/v2/requests.json?{}", "a=b&".repeat(15_000)),
        Who::Anyone,
        Expect::NotServerError,
    ));
    for path in [
        "/open311/v2/requests/%FF%FE.json",
        "/open311/v2/requests/..%2F..%2Fetc.xml",
        "/open311/v2/tokens/%FF.json",
        "/open311/v2/services/%FF%FE.json",
    ] {
        probes.push(get(path.to_owned(), Who::Anyone, Expect::ClientError));
    }

    // The public forms.
    // The body over the limit is sent apart, by `huge_upload`: the answer comes before the
    // body is read, and a client that keeps sending never sees it.
    for (what, content_type, body) in bad_form_bodies("", 1024).into_iter().skip(1) {
        probes.push(probe(
            what,
            "/submit",
            content_type.as_deref(),
            body,
            Who::Anyone,
        ));
    }
    for action in ["review", "information", "messages"] {
        let path = format!("/track/{tracking}/{action}");
        for (what, content_type, body) in bad_form_bodies("", 300 * 1024) {
            probes.push(probe(
                what,
                &path,
                content_type.as_deref(),
                body,
                Who::Anyone,
            ));
        }
    }
    for path in [
        "/track?number=%FF%FE".to_owned(),
        "/track?number=..%2F..%2Fetc".to_owned(),
        "/track/%FF%FE".to_owned(),
        "/submitted/%FF".to_owned(),
        "/standards/%FF%FE".to_owned(),
    ] {
        probes.push(get(path, Who::Anyone, Expect::ClientError));
    }
    for path in [
        "/language?lang=%FF&next=%FE",
        "/language?next=%2F%2Fevil.example",
        "/help?%FF=%FE",
        "/?lang=%FF",
    ] {
        probes.push(get(path.to_owned(), Who::Anyone, Expect::NotServerError));
    }

    // The staff console.
    for (what, content_type, body) in bad_form_bodies("username=agent1&", 300 * 1024) {
        probes.push(probe(
            what,
            "/staff/sign-in",
            content_type.as_deref(),
            body,
            Who::Anyone,
        ));
    }
    let token = format!("csrf={csrf}&");
    // The intake form's upload over the limit is sent apart, by `huge_upload`.
    for path in [
        "/staff/intake".to_owned(),
        format!("/staff/cases/{tracking}/note"),
        format!("/staff/cases/{tracking}/acknowledge"),
    ] {
        for (what, content_type, body) in bad_form_bodies(&token, 300 * 1024) {
            probes.push(probe(
                what,
                &path,
                content_type.as_deref(),
                body,
                Who::Staff,
            ));
        }
    }
    for (what, body) in [
        (
            "a version that is not a number",
            format!("{token}version=abc&text=x"),
        ),
        (
            "a version too large",
            format!("{token}version=99999999999999999999999&text=x"),
        ),
        ("a negative version", format!("{token}version=-1&text=x")),
    ] {
        let path = format!("/staff/cases/{tracking}/note");
        probes.push(probe(
            what,
            &path,
            Some(FORM),
            body.into_bytes(),
            Who::Staff,
        ));
    }
    for path in [
        "/staff/notifications/abc/retry",
        "/staff/notifications/99999999999999999999999/retry",
        "/staff/notifications/%FF/retry",
        "/staff/cases/%FF%FE/note",
        "/staff/cases/0000-0000-00/%FF",
    ] {
        probes.push(probe(
            "a bad path",
            path,
            Some(FORM),
            token.clone().into_bytes(),
            Who::Staff,
        ));
    }
    for path in ["/staff/cases/%FF%FE", "/staff/intake/%FF"] {
        probes.push(get(path.to_owned(), Who::Staff, Expect::ClientError));
    }
    for path in [
        "/staff/search?q=%FF%FE&status=%C0%80",
        "/staff/search.csv?q=%FF&from=%FE&to=%ED%A0%80",
        "/staff/queue?status=%FF&page=99999999999999999999&ward=%00",
        "/staff/queue?page=-1",
    ] {
        probes.push(get(path.to_owned(), Who::Staff, Expect::NotServerError));
    }

    // Newer forms whose fields are free or optional: garbage may be taken as no choice, but
    // never as a fault.
    let lenient = [
        ("/chat", Who::Anyone, ""),
        ("/staff/queue/assign", Who::Staff, token.as_str()),
        ("/staff/training", Who::Staff, token.as_str()),
        ("/staff/users/agent1/training", Who::Staff, token.as_str()),
        ("/staff/sign-out", Who::Staff, token.as_str()),
    ];
    for (path, who, prefix) in lenient {
        for (what, content_type, body) in bad_form_bodies(prefix, 300 * 1024) {
            let mut probe = probe(what, path, content_type.as_deref(), body, who);
            probe.expect = Expect::NotServerError;
            probes.push(probe);
        }
    }

    // The SMS provider's webhook (unsigned: refused before it is read).
    for (what, content_type, body) in bad_form_bodies("", 300 * 1024) {
        probes.push(probe(
            what,
            "/webhooks/sms",
            content_type.as_deref(),
            body,
            Who::Anyone,
        ));
    }
    probes
}

/// A valid complaint for the public form.
pub fn complaint_form() -> Form {
    Form::new()
        .text("submission_id", format!("{:032x}", rand_id()))
        .text("kind", "complaint")
        .text("category", "T311-R0012")
        .text(
            "description",
            "Pothole reported twice; still there after a month.",
        )
        .text("name", "Robin Uploader")
        .text("email", "robin.uploader@example.ca")
        .text("address", "100 Queen St W")
        .text("preferred_language", "en")
        .text("consent", "yes")
}

fn rand_id() -> u128 {
    std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)
        .map_or(7, |d| d.as_nanos())
}

/// A one-pixel PNG named `name`.
pub fn png_part(name: &str) -> Part {
    const PNG: &[u8] = &[
        0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0x00, 0x00, 0x00, 0x0D, 0x49, 0x48, 0x44,
        0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1F,
        0x15, 0xC4, 0x89, 0x00, 0x00, 0x00, 0x0A, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9C, 0x63, 0x00,
        0x01, 0x00, 0x00, 0x05, 0x00, 0x01, 0x0D, 0x0A, 0x2D, 0xB4, 0x00, 0x00, 0x00, 0x00, 0x49,
        0x45, 0x4E, 0x44, 0xAE, 0x42, 0x60, 0x82,
    ];
    Part::bytes(PNG).file_name(name.to_owned())
}

/// Sends the public form.
pub async fn post_submit(server: &TestServer, form: Form) -> reqwest::Response {
    anonymous()
        .post(format!("{}/submit", server.base))
        .multipart(form)
        .send()
        .await
        .expect("sent")
}

/// The tracking number the form's answer redirects to.
pub fn tracking_from(response: &reqwest::Response) -> heard_domain::TrackingNumber {
    response.headers()["location"]
        .to_str()
        .expect("ascii")
        .strip_prefix("/submitted/")
        .expect("redirected to the confirmation")
        .parse()
        .expect("a tracking number")
}

/// Characters that change how text is shown without being seen: bidirectional controls and
/// other format characters.
pub fn is_invisible_format(c: char) -> bool {
    matches!(c, '\u{200B}'..='\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2060}'..='\u{2069}' | '\u{061C}' | '\u{FEFF}')
}

/// Announces a 50 MiB upload to `path` (with the session `cookie`, if any), sends its first
/// bytes, and reads the answer that comes before the rest: its status line and headers.
pub async fn huge_upload(server: &TestServer, path: &str, cookie: Option<&str>) -> String {
    use tokio::io::{AsyncReadExt, AsyncWriteExt};

    let address = server.base.trim_start_matches("http://");
    let mut stream = tokio::net::TcpStream::connect(address)
        .await
        .expect("connected");
    let cookie = cookie.map_or_else(String::new, |c| format!("Cookie: {c}\r\n"));
    let head = format!(
        "POST {path} HTTP/1.1\r\nHost: {address}\r\n{cookie}Content-Type: multipart/form-data; \
         boundary=b\r\nContent-Length: {}\r\n\r\n--b\r\n",
        50 * 1024 * 1024
    );
    stream.write_all(head.as_bytes()).await.expect("written");
    let mut answer = Vec::new();
    let read = stream.read_to_end(&mut answer);
    let _ = tokio::time::timeout(std::time::Duration::from_secs(10), read).await;
    String::from_utf8_lossy(&answer).into_owned()
}
