//! The durable write path for submissions.
//!
//! One thread owns one connection and commits whatever submissions are waiting in a
//! single transaction: under load, many survivors' submissions share one fsync,
//! and a caller is acknowledged only after the commit that holds its submission.
//! If a grouped commit fails, each item is retried alone so one bad row cannot
//! lose another person's words.

use std::sync::mpsc;
use std::thread;

use super::submissions::{insert_all, NewSubmission};
use super::{write, DbPool, StorageError, StorageResult};

/// Most submissions one commit may hold.
pub const MAX_GROUP: usize = 64;

type Reply = Box<dyn FnOnce(StorageResult<()>) + Send>;

struct Job {
    item: NewSubmission,
    reply: Reply,
}

/// A handle to the writer thread. Cloning shares the same thread.
#[derive(Clone)]
pub struct SubmissionWriter {
    queue: mpsc::SyncSender<Job>,
}

impl std::fmt::Debug for SubmissionWriter {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("SubmissionWriter")
    }
}

impl SubmissionWriter {
    /// Starts the writer thread. It takes a connection from `pool` for each group,
    /// so a database restart costs the groups in flight, not every later one. The
    /// thread ends when every handle is dropped.
    pub fn start(pool: DbPool) -> StorageResult<Self> {
        let (queue, jobs) = mpsc::sync_channel::<Job>(MAX_GROUP * 16);
        drop(pool.get()?);
        thread::Builder::new()
            .name("voices-writer".into())
            .spawn(move || {
                while let Ok(first) = jobs.recv() {
                    let mut group = vec![first];
                    while group.len() < MAX_GROUP {
                        match jobs.try_recv() {
                            Ok(job) => group.push(job),
                            Err(_) => break,
                        }
                    }
                    match pool.get() {
                        Ok(mut conn) => commit_group(&mut conn, group),
                        Err(err) => {
                            let message = err.to_string();
                            for job in group {
                                (job.reply)(Err(StorageError::Io(message.clone())));
                            }
                        }
                    }
                }
            })
            .map_err(|e| StorageError::Io(format!("cannot start the writer thread: {e}")))?;
        Ok(Self { queue })
    }

    /// Queues a submission; `reply` is called once it is committed (or failed).
    pub fn submit(
        &self,
        item: NewSubmission,
        reply: impl FnOnce(StorageResult<()>) + Send + 'static,
    ) {
        let job = Job {
            item,
            reply: Box::new(reply),
        };
        if let Err(mpsc::SendError(job)) = self.queue.send(job) {
            (job.reply)(Err(StorageError::Io("the writer has stopped".into())));
        }
    }

    /// Queues a submission and waits for its commit.
    pub fn submit_blocking(&self, item: NewSubmission) -> StorageResult<()> {
        let (tx, rx) = mpsc::channel();
        self.submit(item, move |result| {
            let _ = tx.send(result);
        });
        rx.recv()
            .unwrap_or_else(|_| Err(StorageError::Io("the writer has stopped".into())))
    }
}

fn commit_group(conn: &mut super::DbConnection, group: Vec<Job>) {
    let items: Vec<NewSubmission> = group.iter().map(|job| job.item.clone()).collect();
    let grouped: StorageResult<()> =
        write(conn, |c| insert_all(c, &items).map_err(StorageError::from));
    if grouped.is_ok() || group.len() == 1 {
        let failed = grouped.err().map(|e| e.to_string());
        for job in group {
            (job.reply)(match &failed {
                None => Ok(()),
                Some(message) => Err(StorageError::Io(message.clone())),
            });
        }
        return;
    }
    for job in group {
        let result = write(conn, |c| {
            insert_all(c, std::slice::from_ref(&job.item)).map_err(StorageError::from)
        });
        (job.reply)(result);
    }
}
