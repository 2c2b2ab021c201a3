//! Service requests, kept beside cases so that a complaint can point at the request it is
//! about. Imports insert them in batches and skip any already stored, so importing the same
//! file twice adds nothing.

use heard_domain::service_request::ServiceRequest;
use jiff::Timestamp;
use sqlx::{PgPool, QueryBuilder, Row, SqlitePool};

use crate::{Backend, Store, StoreError, instant, millis, with_reader};

/// Rows per SQLite INSERT statement: 18 columns × 500 rows stays below its limit on bound
/// parameters.
const ROWS_PER_STATEMENT: usize = 500;

const COLUMNS: &str = "INSERT INTO service_requests (source, number, type_code, type_name, \
     division, status, status_notes, description, channel, requested_at, updated_at, closed_at, \
     address, postal_code, lat, lon, ward, imported_at) ";

/// Reads a service request from a row of the columns in `find_service_requests`; written as a macro because the
/// row type differs between the two drivers.
macro_rules! decode_row {
    ($row:expr) => {{
        let row = $row;
        Ok::<_, StoreError>(ServiceRequest {
            source: row.try_get(0)?,
            number: row.try_get(1)?,
            type_code: row.try_get(2)?,
            type_name: row.try_get(3)?,
            division: row.try_get(4)?,
            status: row.try_get(5)?,
            status_notes: row.try_get(6)?,
            description: row.try_get(7)?,
            channel: row.try_get(8)?,
            requested_at: instant(row.try_get(9)?)?,
            updated_at: row
                .try_get::<Option<i64>, _>(10)?
                .map(instant)
                .transpose()?,
            closed_at: row
                .try_get::<Option<i64>, _>(11)?
                .map(instant)
                .transpose()?,
            address: row.try_get(12)?,
            postal_code: row.try_get(13)?,
            lat: row.try_get(14)?,
            lon: row.try_get(15)?,
            ward: row.try_get(16)?,
        })
    }};
}

impl Store {
    /// Stores service requests in one transaction, skipping any whose source and number are
    /// already stored. Returns how many were new.
    pub async fn insert_service_requests(
        &self,
        batch: &[ServiceRequest],
        imported_at: Timestamp,
    ) -> Result<u64, StoreError> {
        if batch.is_empty() {
            return Ok(0);
        }
        let imported_at = millis(imported_at);

        match &self.backend {
            Backend::Sqlite { writer, .. } => insert_as_values(writer, batch, imported_at).await,
            Backend::Postgres(pool) => insert_as_arrays(pool, batch, imported_at).await,
        }
    }

    /// Every stored service request with this number, from any source.
    pub async fn find_service_requests(
        &self,
        number: &str,
    ) -> Result<Vec<ServiceRequest>, StoreError> {
        const SQL: &str = "SELECT source, number, type_code, type_name, division, status, \
             status_notes, description, channel, requested_at, updated_at, closed_at, address, \
             postal_code, lat, lon, ward FROM service_requests WHERE number = $1 ORDER BY source";
        with_reader!(self, pool => {
            let rows = sqlx::query(SQL).bind(number).fetch_all(pool).await?;
            rows.iter().map(|row| decode_row!(row)).collect()
        })
    }

    /// How many service requests from one source fall inside a ward or district.
    pub async fn count_service_requests_in_a_ward(&self, source: &str) -> Result<u64, StoreError> {
        let n: i64 = with_reader!(self, pool => {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM service_requests WHERE source = $1 AND ward IS NOT NULL",
            )
            .bind(source)
            .fetch_one(pool)
            .await?
        });
        Ok(n.unsigned_abs())
    }

    /// How many service requests are stored, in all or from one source.
    pub async fn count_service_requests(&self, source: Option<&str>) -> Result<u64, StoreError> {
        let n: i64 = with_reader!(self, pool => {
            sqlx::query_scalar(
                "SELECT COUNT(*) FROM service_requests WHERE $1 IS NULL OR source = $1",
            )
            .bind(source)
            .fetch_one(pool)
            .await?
        });
        Ok(n.unsigned_abs())
    }
}

/// SQLite: multi-row `VALUES` statements in one transaction.
async fn insert_as_values(
    pool: &SqlitePool,
    batch: &[ServiceRequest],
    imported_at: i64,
) -> Result<u64, StoreError> {
    let mut tx = pool.begin().await?;
    let mut inserted = 0;
    for chunk in batch.chunks(ROWS_PER_STATEMENT) {
        let mut query = QueryBuilder::new(COLUMNS);
        query.push_values(chunk, |mut row, sr| {
            row.push_bind(sr.source.as_str())
                .push_bind(sr.number.as_str())
                .push_bind(sr.type_code.as_deref())
                .push_bind(sr.type_name.as_str())
                .push_bind(sr.division.as_deref())
                .push_bind(sr.status.as_str())
                .push_bind(sr.status_notes.as_deref())
                .push_bind(sr.description.as_deref())
                .push_bind(sr.channel.as_deref())
                .push_bind(millis(sr.requested_at))
                .push_bind(sr.updated_at.map(millis))
                .push_bind(sr.closed_at.map(millis))
                .push_bind(sr.address.as_deref())
                .push_bind(sr.postal_code.as_deref())
                .push_bind(sr.lat)
                .push_bind(sr.lon)
                .push_bind(sr.ward.as_deref())
                .push_bind(imported_at);
        });
        query.push(" ON CONFLICT (source, number) DO NOTHING");
        inserted += query.build().execute(&mut *tx).await?.rows_affected();
    }
    tx.commit().await?;
    Ok(inserted)
}

/// PostgreSQL: one statement per batch that unnests one array per column, which PostgreSQL
/// plans once instead of parsing thousands of parameters.
async fn insert_as_arrays(
    pool: &PgPool,
    batch: &[ServiceRequest],
    imported_at: i64,
) -> Result<u64, StoreError> {
    const SQL: &str = "INSERT INTO service_requests (source, number, type_code, type_name, \
         division, status, status_notes, description, channel, requested_at, updated_at, \
         closed_at, address, postal_code, lat, lon, ward, imported_at) \
         SELECT *, $18 FROM UNNEST($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], \
         $6::text[], $7::text[], $8::text[], $9::text[], $10::bigint[], $11::bigint[], \
         $12::bigint[], $13::text[], $14::text[], $15::float8[], $16::float8[], $17::text[]) \
         ON CONFLICT (source, number) DO NOTHING";
    let column = |f: fn(&ServiceRequest) -> Option<&str>| -> Vec<Option<&str>> {
        batch.iter().map(f).collect()
    };
    let instants = |f: fn(&ServiceRequest) -> Option<Timestamp>| -> Vec<Option<i64>> {
        batch.iter().map(|sr| f(sr).map(millis)).collect()
    };

    let inserted = sqlx::query(SQL)
        .bind(column(|sr| Some(&sr.source)))
        .bind(column(|sr| Some(&sr.number)))
        .bind(column(|sr| sr.type_code.as_deref()))
        .bind(column(|sr| Some(&sr.type_name)))
        .bind(column(|sr| sr.division.as_deref()))
        .bind(column(|sr| Some(&sr.status)))
        .bind(column(|sr| sr.status_notes.as_deref()))
        .bind(column(|sr| sr.description.as_deref()))
        .bind(column(|sr| sr.channel.as_deref()))
        .bind(instants(|sr| Some(sr.requested_at)))
        .bind(instants(|sr| sr.updated_at))
        .bind(instants(|sr| sr.closed_at))
        .bind(column(|sr| sr.address.as_deref()))
        .bind(column(|sr| sr.postal_code.as_deref()))
        .bind(batch.iter().map(|sr| sr.lat).collect::<Vec<_>>())
        .bind(batch.iter().map(|sr| sr.lon).collect::<Vec<_>>())
        .bind(column(|sr| sr.ward.as_deref()))
        .bind(imported_at)
        .execute(pool)
        .await?
        .rows_affected();
    Ok(inserted)
}
