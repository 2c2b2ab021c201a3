//! Rate limits per client address: submissions, tracking-number lookups and staff sign-ins.
//! They slow down spam, the guessing of tracking numbers and of passwords while leaving room
//! for a person (or a family or an office behind one address) to use the site normally. Behind a reverse proxy, the address in
//! `X-Forwarded-For` is used only when the request comes from a configured proxy.
//!
//! A client with a valid API key (an app's server, a city's Open311 client) is limited per
//! key instead, with its own, larger rates: many residents may reach Heard through it.

use std::net::{IpAddr, Ipv4Addr, SocketAddr};
use std::num::NonZeroU32;
use std::sync::Arc;

use axum::extract::{ConnectInfo, Request, State};
use axum::http::{HeaderValue, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use governor::clock::{Clock, DefaultClock};
use governor::{DefaultKeyedRateLimiter, Quota};

use crate::keys::KeyHolder;

/// Above this many tracked addresses, addresses idle long enough to be full again are dropped.
const RETAIN_ABOVE: usize = 10_000;

/// How many requests of a kind one address may make.
#[derive(Debug, Clone, Copy)]
pub struct Rate {
    /// Sustained requests per minute.
    pub per_minute: u32,
    /// Requests allowed at once before the rate applies.
    pub burst: u32,
}

/// The limits, shared by every request.
#[derive(Clone)]
pub struct RateLimits {
    submissions: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    lookups: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    key_submissions: Arc<DefaultKeyedRateLimiter<String>>,
    key_lookups: Arc<DefaultKeyedRateLimiter<String>>,
    sign_ins: Arc<DefaultKeyedRateLimiter<IpAddr>>,
    trusted_proxies: Arc<Vec<IpAddr>>,
}

/// Which limit a route falls under.
#[derive(Debug, Clone, Copy)]
pub enum Limited {
    /// New cases.
    Submissions,
    /// Reading a case by its tracking number.
    Lookups,
    /// Staff sign-in attempts: always per address, whatever key comes with them.
    SignIns,
}

fn quota(rate: Rate) -> Quota {
    let per_minute = NonZeroU32::new(rate.per_minute.max(1)).unwrap_or(NonZeroU32::MIN);
    let burst = NonZeroU32::new(rate.burst.max(1)).unwrap_or(NonZeroU32::MIN);
    Quota::per_minute(per_minute).allow_burst(burst)
}

impl RateLimits {
    /// Limits with these rates, trusting `X-Forwarded-For` only from `trusted_proxies`.
    /// API keys get thirty times an address's rates until [`RateLimits::with_key_rates`] says
    /// otherwise; sign-ins get the lookups' rate until [`RateLimits::with_sign_in_rate`] does.
    pub fn new(submissions: Rate, lookups: Rate, trusted_proxies: Vec<IpAddr>) -> Self {
        let times = |rate: Rate, n: u32| Rate {
            per_minute: rate.per_minute.saturating_mul(n),
            burst: rate.burst.saturating_mul(n),
        };
        RateLimits {
            submissions: Arc::new(DefaultKeyedRateLimiter::keyed(quota(submissions))),
            lookups: Arc::new(DefaultKeyedRateLimiter::keyed(quota(lookups))),
            key_submissions: Arc::new(DefaultKeyedRateLimiter::keyed(quota(times(
                submissions,
                30,
            )))),
            key_lookups: Arc::new(DefaultKeyedRateLimiter::keyed(quota(times(lookups, 30)))),
            sign_ins: Arc::new(DefaultKeyedRateLimiter::keyed(quota(lookups))),
            trusted_proxies: Arc::new(trusted_proxies),
        }
    }

    /// The same limits, with these rates for each API key.
    pub fn with_key_rates(mut self, submissions: Rate, lookups: Rate) -> Self {
        self.key_submissions = Arc::new(DefaultKeyedRateLimiter::keyed(quota(submissions)));
        self.key_lookups = Arc::new(DefaultKeyedRateLimiter::keyed(quota(lookups)));
        self
    }

    /// The same limits, with this rate of sign-in attempts for each address.
    pub fn with_sign_in_rate(mut self, sign_ins: Rate) -> Self {
        self.sign_ins = Arc::new(DefaultKeyedRateLimiter::keyed(quota(sign_ins)));
        self
    }

    /// Generous defaults: 20 submissions a minute (10 at once), 120 lookups a minute (60
    /// at once) and 20 sign-in attempts a minute (10 at once) per address.
    pub fn standard() -> Self {
        let twenty = Rate {
            per_minute: 20,
            burst: 10,
        };
        let lookups = Rate {
            per_minute: 120,
            burst: 60,
        };
        Self::new(twenty, lookups, Vec::new()).with_sign_in_rate(twenty)
    }

    /// The address a request comes from.
    fn client(&self, request: &Request) -> IpAddr {
        let peer = request
            .extensions()
            .get::<ConnectInfo<SocketAddr>>()
            .map_or(IpAddr::V4(Ipv4Addr::UNSPECIFIED), |c| c.0.ip());
        if !self.trusted_proxies.contains(&peer) {
            return peer;
        }
        // The right-most address that is not one of our proxies is the client.
        request
            .headers()
            .get("x-forwarded-for")
            .and_then(|v| v.to_str().ok())
            .and_then(|list| {
                list.rsplit(',')
                    .filter_map(|a| a.trim().parse::<IpAddr>().ok())
                    .find(|a| !self.trusted_proxies.contains(a))
            })
            .unwrap_or(peer)
    }
}

/// Middleware: answers 429 with `Retry-After` when the client is over the route's limit.
pub async fn enforce(
    State((limits, kind)): State<(RateLimits, Limited)>,
    request: Request,
    next: Next,
) -> Response {
    let key = request.extensions().get::<KeyHolder>();
    let outcome = match (kind, key) {
        (Limited::Submissions | Limited::Lookups, Some(KeyHolder(name))) => {
            let limiter = match kind {
                Limited::Submissions => &limits.key_submissions,
                _ => &limits.key_lookups,
            };
            limiter.check_key(name)
        }
        _ => {
            let limiter = match kind {
                Limited::Submissions => &limits.submissions,
                Limited::Lookups => &limits.lookups,
                Limited::SignIns => &limits.sign_ins,
            };
            if limiter.len() > RETAIN_ABOVE {
                limiter.retain_recent();
            }
            limiter.check_key(&limits.client(&request))
        }
    };
    match outcome {
        Ok(()) => next.run(request).await,
        Err(not_until) => {
            let wait = not_until.wait_time_from(DefaultClock::default().now());
            let seconds = wait.as_secs().max(1);
            tracing::warn!(limit = ?kind, "rate limit reached");
            // Nested routers see their own part of the path; the original one says which
            // surface answers, and so in which format.
            let path = request
                .extensions()
                .get::<axum::extract::OriginalUri>()
                .map_or_else(|| request.uri().path().to_owned(), |u| u.path().to_owned());
            // Read what the client is still sending (the body limit bounds it), so that it
            // gets this answer instead of a broken connection.
            let _ = axum::body::to_bytes(request.into_body(), crate::public::MAX_FORM_BYTES).await;
            too_many(&path, seconds)
        }
    }
}

fn too_many(path: &str, seconds: u64) -> Response {
    let message = format!(
        "Too many requests from your address. Please wait {seconds} seconds and try again."
    );
    let mut response = if path.starts_with("/api/") || path.starts_with("/open311/") {
        crate::error::in_surface_format(path, StatusCode::TOO_MANY_REQUESTS, &message)
    } else {
        crate::render::PageError::too_many().into_response()
    };
    if let Ok(value) = HeaderValue::from_str(&seconds.to_string()) {
        response.headers_mut().insert(header::RETRY_AFTER, value);
    }
    response
}
