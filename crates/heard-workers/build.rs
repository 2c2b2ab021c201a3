//! Build script: see `heard-testing/backend_cfg.rs`.
include!("../heard-testing/backend_cfg.rs");
