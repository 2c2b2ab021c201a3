//! Clients other than a resident's browser on our own pages: a web app on another origin
//! (CORS), and apps with an API key, limited per key rather than per address.

use heard_http::{Rate, RateLimits};
use heard_testing::TestDb;
use reqwest::StatusCode;

use crate::api::complaint;
use crate::open311::with_key;
use crate::support::{CORS_ORIGIN, start_with_limits, toronto};

heard_testing::on_both_backends!(
    a_listed_origin_may_call_the_api_from_a_browser_and_others_may_not,
    a_key_is_limited_per_key_not_per_address,
);

async fn a_listed_origin_may_call_the_api_from_a_browser_and_others_may_not(db: TestDb) {
    let server = start_with_limits(&db, toronto(), RateLimits::standard()).await;
    let client = reqwest::Client::new();
    let preflight = |origin: &'static str| {
        client
            .request(
                reqwest::Method::OPTIONS,
                format!("{}/api/v1/cases", server.base),
            )
            .header("origin", origin)
            .header("access-control-request-method", "POST")
            .header(
                "access-control-request-headers",
                "content-type,idempotency-key",
            )
            .send()
    };

    let allowed = preflight(CORS_ORIGIN).await.expect("sent");
    assert!(allowed.status().is_success(), "{}", allowed.status());
    assert_eq!(
        allowed.headers()["access-control-allow-origin"],
        CORS_ORIGIN
    );
    let headers = allowed.headers()["access-control-allow-headers"]
        .to_str()
        .expect("ascii")
        .to_ascii_lowercase();
    assert!(headers.contains("idempotency-key"), "{headers}");

    let stranger = preflight("https://elsewhere.example").await.expect("sent");
    assert!(
        !stranger
            .headers()
            .contains_key("access-control-allow-origin")
    );

    let read = client
        .get(format!("{}/open311/v2/services.json", server.base))
        .header("origin", CORS_ORIGIN)
        .send()
        .await
        .expect("sent");
    assert_eq!(read.status(), StatusCode::OK);
    assert_eq!(read.headers()["access-control-allow-origin"], CORS_ORIGIN);
    let page = client
        .get(format!("{}/", server.base))
        .header("origin", CORS_ORIGIN)
        .send()
        .await
        .expect("sent");
    assert!(
        !page.headers().contains_key("access-control-allow-origin"),
        "the staff and public pages are not shared across origins"
    );
}

async fn a_key_is_limited_per_key_not_per_address(db: TestDb) {
    let one_at_a_time = Rate {
        per_minute: 1,
        burst: 1,
    };
    let three = Rate {
        per_minute: 3,
        burst: 3,
    };
    let limits =
        RateLimits::new(one_at_a_time, one_at_a_time, Vec::new()).with_key_rates(three, three);
    let server = start_with_limits(&db, toronto(), limits).await;
    let key = with_key(&server).await;
    let client = reqwest::Client::new();
    let send = |key: Option<&str>| {
        let mut request = client
            .post(format!("{}/api/v1/cases", server.base))
            .json(&complaint());
        if let Some(key) = key {
            request = request.header("x-api-key", key);
        }
        request.send()
    };

    // The address's own allowance: one.
    assert_eq!(
        send(None).await.expect("sent").status(),
        StatusCode::CREATED
    );
    assert_eq!(
        send(None).await.expect("sent").status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    // The same address with a key has the key's allowance: three, then a wait.
    for _ in 0..3 {
        assert_eq!(
            send(Some(&key)).await.expect("sent").status(),
            StatusCode::CREATED
        );
    }
    let over = send(Some(&key)).await.expect("sent");
    assert_eq!(over.status(), StatusCode::TOO_MANY_REQUESTS);
    assert!(over.headers().contains_key("retry-after"));
    // A made-up key is no way around the address's limit.
    assert_eq!(
        send(Some("heard_nosuchkey_secret"))
            .await
            .expect("sent")
            .status(),
        StatusCode::TOO_MANY_REQUESTS
    );
    assert_eq!(server.store.count_cases().await.expect("count"), 4);
}
