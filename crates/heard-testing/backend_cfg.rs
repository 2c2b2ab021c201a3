// Included by the build scripts of crates whose tests use `heard_testing::on_both_backends!`:
// compiles the PostgreSQL copies of those tests only when a server is named, so that a run
// without one reports them as ignored instead of passed.
fn main() {
    println!("cargo::rustc-check-cfg=cfg(heard_postgres)");
    println!("cargo::rerun-if-env-changed=HEARD_TEST_POSTGRES_URL");
    if std::env::var_os("HEARD_TEST_POSTGRES_URL").is_some() {
        println!("cargo::rustc-cfg=heard_postgres");
    }
}
