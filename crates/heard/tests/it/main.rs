//! End-to-end tests of the `heard` program: the JSON API through a real HTTP server, the
//! binary's commands, and crash safety, each on SQLite and on PostgreSQL.

mod api;
mod api_document;
mod api_protocol;
mod backup;
mod clients;
mod crash;
mod import;
mod logs;
mod open311;
mod open_data;
mod process;
mod public;
mod scripts;
mod staff;
mod support;
mod webhooks;
