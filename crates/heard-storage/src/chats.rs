//! The chatbot's conversations while they run. A conversation is found by the SHA-256 of its
//! id (the id lives only in the resident's cookie); its state is JSON that only the HTTP
//! layer reads. Personal data: deleted when filed, and by [`Store::delete_idle_chats`].

use jiff::Timestamp;

use crate::{Store, StoreError, millis, with_reader, with_writer};

impl Store {
    /// Stores the state of a conversation, new or not, as changed at `at`.
    pub async fn save_chat(
        &self,
        id_sha256: &str,
        state: &str,
        at: Timestamp,
    ) -> Result<(), StoreError> {
        const SQL: &str = "INSERT INTO chat_conversations (id_sha256, state, updated_at) \
             VALUES ($1, $2, $3) ON CONFLICT (id_sha256) DO UPDATE SET \
             state = excluded.state, updated_at = excluded.updated_at";
        with_writer!(self, pool => {
            sqlx::query(SQL)
                .bind(id_sha256)
                .bind(state)
                .bind(millis(at))
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// The state of the conversation with this id hash, if it changed after `idle_since`.
    pub async fn find_chat(
        &self,
        id_sha256: &str,
        idle_since: Timestamp,
    ) -> Result<Option<String>, StoreError> {
        const SQL: &str =
            "SELECT state FROM chat_conversations WHERE id_sha256 = $1 AND updated_at > $2";
        let row: Option<(String,)> = with_reader!(self, pool => {
            sqlx::query_as(SQL)
                .bind(id_sha256)
                .bind(millis(idle_since))
                .fetch_optional(pool)
                .await?
        });
        Ok(row.map(|(state,)| state))
    }

    /// Deletes one conversation.
    pub async fn delete_chat(&self, id_sha256: &str) -> Result<(), StoreError> {
        with_writer!(self, pool => {
            sqlx::query("DELETE FROM chat_conversations WHERE id_sha256 = $1")
                .bind(id_sha256)
                .execute(pool)
                .await?;
        });
        Ok(())
    }

    /// Deletes the conversations unchanged since `idle_since`; returns how many.
    pub async fn delete_idle_chats(&self, idle_since: Timestamp) -> Result<u64, StoreError> {
        let deleted = with_writer!(self, pool => {
            sqlx::query("DELETE FROM chat_conversations WHERE updated_at <= $1")
                .bind(millis(idle_since))
                .execute(pool)
                .await?
                .rows_affected()
        });
        Ok(deleted)
    }
}
