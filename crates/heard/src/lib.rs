//! The `heard` program: configuration, start-up and the commands. `main.rs` only parses the
//! command line and hands over to [`commands`]; tests start the same server through
//! [`server::start`].

pub mod cli;
pub mod commands;
pub mod config;
pub mod demo;
pub mod server;
pub mod telemetry;
pub mod training;
