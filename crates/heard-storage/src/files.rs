//! Files kept with cases (photos, scanned letters), stored by the SHA-256 of their content in
//! a folder. A file is written to a temporary name and renamed, so a crash never leaves half a
//! file under a real name, and the same content is stored once.

use std::path::{Path, PathBuf};

use sha2::{Digest, Sha256};

use crate::StoreError;

/// A folder of content-addressed files.
#[derive(Debug, Clone)]
pub struct FileStore {
    root: PathBuf,
}

impl FileStore {
    /// Files under `root`, created when the first file is stored.
    pub fn new(root: impl Into<PathBuf>) -> Self {
        FileStore { root: root.into() }
    }

    /// Stores the bytes and returns their hex SHA-256, which names them.
    pub async fn put(&self, bytes: &[u8]) -> Result<String, StoreError> {
        let digest: String = Sha256::digest(bytes)
            .iter()
            .map(|b| format!("{b:02x}"))
            .collect();
        let path = self.path(&digest);
        if tokio::fs::try_exists(&path).await.unwrap_or(false) {
            return Ok(digest);
        }

        let io = |e: std::io::Error| StoreError::Config(format!("cannot store a file: {e}"));
        let dir = path.parent().unwrap_or(Path::new("."));
        tokio::fs::create_dir_all(dir).await.map_err(io)?;
        let temporary = dir.join(format!(".{digest}.partial"));
        tokio::fs::write(&temporary, bytes).await.map_err(io)?;
        let file = tokio::fs::File::open(&temporary).await.map_err(io)?;
        file.sync_all().await.map_err(io)?;
        tokio::fs::rename(&temporary, &path).await.map_err(io)?;
        Ok(digest)
    }

    /// The bytes stored under this digest.
    pub async fn get(&self, digest: &str) -> Result<Vec<u8>, StoreError> {
        if digest.len() != 64 || !digest.chars().all(|c| c.is_ascii_hexdigit()) {
            return Err(StoreError::NotFound);
        }
        tokio::fs::read(self.path(digest))
            .await
            .map_err(|_| StoreError::NotFound)
    }

    fn path(&self, digest: &str) -> PathBuf {
        self.root.join(&digest[..2]).join(digest)
    }
}
