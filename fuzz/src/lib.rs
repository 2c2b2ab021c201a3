//! What the fuzz targets share: the shipped directory, and requests and extractors driven
//! to completion without a server.

use std::future::Future;
use std::sync::OnceLock;

use axum::body::Body;
use axum::http::{Request, header};
use heard_domain::Directory;

/// The directory Heard ships, parsed once.
pub fn directory() -> &'static Directory {
    static DIRECTORY: OnceLock<Directory> = OnceLock::new();
    DIRECTORY.get_or_init(Directory::default_toronto)
}

/// A `POST` request carrying `body` as `content_type`, as a client would send it.
pub fn post(content_type: &str, body: &[u8]) -> Request<Body> {
    let mut request = Request::new(Body::from(body.to_vec()));
    *request.method_mut() = axum::http::Method::POST;
    let value = axum::http::HeaderValue::from_str(content_type).expect("a valid header value");
    request.headers_mut().insert(header::CONTENT_TYPE, value);
    request
}

/// Runs an extractor (or any future) to completion on a runtime made once.
pub fn block_on<F: Future>(future: F) -> F::Output {
    static RUNTIME: OnceLock<tokio::runtime::Runtime> = OnceLock::new();
    let runtime = RUNTIME.get_or_init(|| {
        tokio::runtime::Builder::new_current_thread()
            .build()
            .expect("a current-thread runtime")
    });
    runtime.block_on(future)
}
