//! End-to-end tests of the `heard` program: the JSON API through a real HTTP server, the
//! binary's commands, and crash safety, each on SQLite and on PostgreSQL.

mod api;
mod api_document;
mod api_protocol;
mod backup;
mod bad_input;
mod chatbot;
mod clients;
mod crash;
mod crash_load;
mod import;
mod logs;
mod nodes;
mod open311;
mod open_data;
mod process;
mod public;
mod reports;
mod scripts;
mod staff;
mod support;
mod webhooks;
