//! The durable write path for submissions.
//!
//! One thread owns one connection and commits whatever submissions are waiting in a
//! single transaction: under load, many survivors' submissions share one fsync,
//! and a caller is acknowledged only after the commit that holds its submission.
//! If a grouped commit fails, each item is retried alone so one bad row cannot
//! lose another person's words.
//!
//! Small writes that a survivor waits for on every visit (taking a single-use
//! receipt link) ride along in the same commit ([`SubmissionWriter::ride`]):
//! on SQLite each of them committed on its own used to queue behind the
//! writer's lock and pay an fsync of its own.

use std::sync::mpsc;
use std::thread;

use super::events::{self, SurvivorEvent};
use super::submissions::{ids_of, insert_all, NewSubmission};
use super::{
    keys, lock_against_rotation, write, DbConnection, DbPool, StorageError, StorageResult,
};

/// The audit log's hash function, supplied by the caller (this module does no
/// cryptography): every submission is recorded as a `shared` survivor event, with
/// the day only, in the commit that stores it, in this node's own survivor chain
/// (see `storage::events`), so writers on different nodes never wait for each
/// other's commits.
pub type SharedLinker = std::sync::Arc<dyn Fn(&[u8], &[&[u8]]) -> Vec<u8> + Send + Sync>;

/// Most submissions one commit may hold.
pub const MAX_GROUP: usize = 64;

type Reply = Box<dyn FnOnce(StorageResult<()>) + Send>;

/// A write that rides along with the next group commit (see
/// [`SubmissionWriter::ride`]): it runs inside the group's transaction and
/// answers what to do once that commit has landed (`Ok`) or failed.
pub type Ride =
    Box<dyn FnOnce(&mut DbConnection) -> Box<dyn FnOnce(StorageResult<()>) + Send> + Send>;

/// Seals a submission's data key to an organisation public key (given as bytes).
/// The writer calls it inside the commit, with the key active at that moment, so a
/// key rotation can never leave a submission sealed to a retired key. Supplied by
/// the caller: this module does no cryptography.
pub type Sealer = Box<dyn Fn(&[u8]) -> Option<Vec<u8>> + Send>;

struct Job {
    item: NewSubmission,
    sealer: Sealer,
    link: Option<ReceiptLink>,
    reply: Reply,
}

/// The single-use link to the page that shows a new receipt code (see
/// `app::survivor::LinkKind`), stored in the same commit as its submission.
#[derive(Clone)]
pub struct ReceiptLink {
    pub id_hash: Vec<u8>,
    pub sealed: Vec<u8>,
}

/// What the writer thread receives: submissions, in order, and finally a request
/// to stop once everything queued before it is committed. (`Stop` is sent once,
/// so boxing every job to shrink it would cost an allocation per submission.)
#[allow(clippy::large_enum_variant)]
enum Message {
    Submit(Job),
    Ride(Ride),
    Stop,
}

/// A handle to the writer thread. Cloning shares the same thread.
#[derive(Clone)]
pub struct SubmissionWriter {
    queue: mpsc::SyncSender<Message>,
    /// The writer thread, joined by [`SubmissionWriter::close`].
    thread: std::sync::Arc<std::sync::Mutex<Option<thread::JoinHandle<()>>>>,
    pool: DbPool,
    /// The checkpoint thread stops when the last handle is dropped.
    _alive: std::sync::Arc<()>,
}

/// How often the SQLite WAL is copied back into the database, off the commit path.
const CHECKPOINT_EVERY: std::time::Duration = std::time::Duration::from_millis(500);

/// WAL frames (pages) after which the checkpointer truncates the WAL even if it
/// must hold up the writer for a moment: about 256 MiB with 4 KiB pages. Only
/// sustained full-speed load gets there; below that PASSIVE checkpoints keep up.
const WAL_FRAMES_LIMIT: i32 = 65_536;

#[derive(diesel::QueryableByName)]
struct CheckpointResult {
    #[diesel(sql_type = diesel::sql_types::Integer)]
    log: i32,
}

/// How often, at most, PostgreSQL tables are rewritten after content was
/// destroyed (see `storage::maintenance`), unless configured otherwise.
pub const DEFAULT_VACUUM_EVERY: std::time::Duration = std::time::Duration::from_secs(60);

/// On PostgreSQL: every `every`, runs the table rewrite that withdrawals ask for,
/// if one is due. Off the request path, so no survivor waits for it.
fn run_postgres_maintenance(
    pool: &DbPool,
    alive: &std::sync::Weak<()>,
    every: std::time::Duration,
) {
    let step = std::time::Duration::from_millis(200).min(every);
    let mut waited = std::time::Duration::ZERO;
    while alive.upgrade().is_some() {
        thread::sleep(step);
        waited += step;
        if waited < every {
            continue;
        }
        waited = std::time::Duration::ZERO;
        let Ok(mut conn) = pool.get() else { continue };
        // A postponed rewrite (an older snapshot was open) stays due and is
        // logged by key where it is decided.
        if let Err(err) = super::maintenance::run_due_vacuum(&mut conn) {
            // The error names a lock or a table, never content.
            tracing::warn!(error = %err, "rewriting tables after a withdrawal failed; will retry");
        }
    }
}

/// Copies the WAL into the database now and then on its own connection, so no
/// submission's commit pays for a checkpoint. PASSIVE never waits for readers or
/// the writer; under sustained load it cannot restart the WAL, so once the WAL
/// passes [`WAL_FRAMES_LIMIT`] a TRUNCATE checkpoint bounds it (the writer waits
/// for that one, rarely). PostgreSQL has its own checkpointer; there the thread
/// runs [`run_postgres_maintenance`] instead.
fn start_checkpointer(
    pool: DbPool,
    alive: std::sync::Weak<()>,
    vacuum_every: std::time::Duration,
) -> StorageResult<()> {
    use diesel::RunQueryDsl;
    thread::Builder::new()
        .name("voices-checkpoint".into())
        .spawn(move || {
            while alive.upgrade().is_some() {
                thread::sleep(CHECKPOINT_EVERY);
                let Ok(mut conn) = pool.get() else { continue };
                let DbConnection::Sqlite(c) = &mut *conn else {
                    drop(conn);
                    run_postgres_maintenance(&pool, &alive, vacuum_every);
                    return;
                };
                let passive: Result<CheckpointResult, _> =
                    diesel::sql_query("PRAGMA wal_checkpoint(PASSIVE)").get_result(c);
                if passive.is_ok_and(|r| r.log > WAL_FRAMES_LIMIT) {
                    let _ = diesel::sql_query("PRAGMA wal_checkpoint(TRUNCATE)").execute(c);
                }
            }
        })
        .map(|_| ())
        .map_err(|e| StorageError::Io(format!("cannot start the checkpoint thread: {e}")))
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
    /// `chain` is this node's survivor chain, which must have a head
    /// (`app::audit::start_node_chain`).
    pub fn start(pool: DbPool, linker: SharedLinker, chain: String) -> StorageResult<Self> {
        Self::start_with(pool, linker, chain, DEFAULT_VACUUM_EVERY, None)
    }

    /// [`SubmissionWriter::start`], with how often PostgreSQL tables may be
    /// rewritten after withdrawals, and the priority from which a new
    /// submission owes the safeguarding leads an alert (`None`: never). That
    /// flag is set in the commit that stores the submission.
    pub fn start_with(
        pool: DbPool,
        linker: SharedLinker,
        chain: String,
        vacuum_every: std::time::Duration,
        alert_from_priority: Option<i64>,
    ) -> StorageResult<Self> {
        let (queue, messages) = mpsc::sync_channel::<Message>(MAX_GROUP * 16);
        drop(pool.get()?);
        let alive = std::sync::Arc::new(());
        start_checkpointer(
            pool.clone(),
            std::sync::Arc::downgrade(&alive),
            vacuum_every,
        )?;
        let writer_pool = pool.clone();
        let handle = thread::Builder::new()
            .name("voices-writer".into())
            .spawn(move || {
                let chain = NodeChain {
                    name: chain,
                    linker,
                };
                run_writer(&writer_pool, &messages, &chain, alert_from_priority)
            })
            .map_err(|e| StorageError::Io(format!("cannot start the writer thread: {e}")))?;
        Ok(Self {
            queue,
            thread: std::sync::Arc::new(std::sync::Mutex::new(Some(handle))),
            pool,
            _alive: alive,
        })
    }

    /// Commits everything already queued, stops the writer thread and waits for
    /// it, then folds SQLite's WAL into the database. Called once the server has
    /// stopped taking requests, so every submission a survivor was told about is
    /// on disk before the process exits. Later submissions are refused with an
    /// error (their form comes back with the words).
    pub fn close(&self) {
        let handle = self.thread.lock().unwrap_or_else(|p| p.into_inner()).take();
        let Some(handle) = handle else { return };
        if self.queue.send(Message::Stop).is_ok() {
            let _ = handle.join();
        }
        if let Ok(mut conn) = self.pool.get() {
            // SQLite only: on PostgreSQL this would ask for a table rewrite.
            if matches!(*conn, DbConnection::Sqlite(_)) {
                let _ = super::flush_deleted(&mut conn);
            }
        }
    }

    /// Queues a submission; `reply` is called once it is committed (or failed).
    /// Never blocks: when the queue is full the reply is an error at once, so an
    /// overloaded server answers "try again" (with the words kept) instead of
    /// stalling its request threads.
    pub fn submit(
        &self,
        item: NewSubmission,
        sealer: Sealer,
        link: Option<ReceiptLink>,
        reply: impl FnOnce(StorageResult<()>) + Send + 'static,
    ) {
        let job = Job {
            item,
            sealer,
            link,
            reply: Box::new(reply),
        };
        let (refused, why) = match self.queue.try_send(Message::Submit(job)) {
            Ok(()) => return,
            Err(mpsc::TrySendError::Full(message)) => (message, "the writer queue is full"),
            Err(mpsc::TrySendError::Disconnected(message)) => (message, "the writer has stopped"),
        };
        if let Message::Submit(job) = refused {
            (job.reply)(Err(StorageError::Io(why.into())));
        }
    }

    /// Runs `ride` inside the next group commit, after the group's submissions,
    /// and calls what it answers once that commit has landed or failed. `ride`
    /// must keep its own changes in a savepoint (a nested transaction) and
    /// undo them on failure, so it can never undo the submissions beside it.
    /// Never blocks: when the queue is full the error is at once, and `ride` is
    /// dropped unrun (as it is if the writer stops before running it).
    pub fn ride(&self, ride: Ride) -> StorageResult<()> {
        match self.queue.try_send(Message::Ride(ride)) {
            Ok(()) => Ok(()),
            Err(mpsc::TrySendError::Full(_)) => {
                Err(StorageError::Io("the writer queue is full".into()))
            }
            Err(mpsc::TrySendError::Disconnected(_)) => {
                Err(StorageError::Io("the writer has stopped".into()))
            }
        }
    }

    /// Queues a submission and waits for its commit.
    pub fn submit_blocking(&self, item: NewSubmission, sealer: Sealer) -> StorageResult<()> {
        let (tx, rx) = mpsc::channel();
        self.submit(item, sealer, None, move |result| {
            let _ = tx.send(result);
        });
        rx.recv()
            .unwrap_or_else(|_| Err(StorageError::Io("the writer has stopped".into())))
    }
}

/// Where the writer records each submission: its node's survivor chain, and
/// the hash function that links it.
struct NodeChain {
    name: String,
    linker: SharedLinker,
}

/// The writer thread: takes whatever is queued (up to [`MAX_GROUP`]) and commits
/// it as one group, until asked to stop or every handle is gone. A stop request
/// that arrives inside a group ends the loop after that group is committed.
fn run_writer(
    pool: &DbPool,
    messages: &mpsc::Receiver<Message>,
    chain: &NodeChain,
    alert_from: Option<i64>,
) {
    let mut stopping = false;
    while !stopping {
        let (mut group, mut rides) = (Vec::new(), Vec::new());
        match messages.recv() {
            Ok(Message::Submit(job)) => group.push(job),
            Ok(Message::Ride(ride)) => rides.push(ride),
            Ok(Message::Stop) | Err(_) => break,
        }
        while group.len() + rides.len() < MAX_GROUP {
            match messages.try_recv() {
                Ok(Message::Submit(job)) => group.push(job),
                Ok(Message::Ride(ride)) => rides.push(ride),
                Ok(Message::Stop) => {
                    stopping = true;
                    break;
                }
                Err(_) => break,
            }
        }
        match pool.get() {
            Ok(mut conn) => commit_group(&mut conn, group, rides, chain, alert_from),
            Err(err) => {
                let message = err.to_string();
                for job in group {
                    (job.reply)(Err(StorageError::Io(message.clone())));
                }
                // A ride dropped unrun changed nothing; its waiter sees it go.
                drop(rides);
            }
        }
    }
    // Anything queued after the stop request is refused, never dropped silently.
    while let Ok(message) = messages.try_recv() {
        if let Message::Submit(job) = message {
            (job.reply)(Err(StorageError::Io("the writer has stopped".into())));
        }
    }
}

/// Inserts `jobs` in the caller's transaction, sealing each data key to the key
/// that is active inside this transaction.
fn insert_sealed(
    conn: &mut DbConnection,
    jobs: &[&Job],
    chain: &NodeChain,
    alert_from: Option<i64>,
) -> StorageResult<()> {
    lock_against_rotation(conn)?;
    let key =
        keys::active_key(conn)?.ok_or_else(|| StorageError::Io("no organisation key".into()))?;
    let mut items = Vec::with_capacity(jobs.len());
    for job in jobs {
        let mut item = job.item.clone();
        item.org_sealed_key = Some(
            (job.sealer)(&key.public_key)
                .ok_or_else(|| StorageError::Io("the organisation key is malformed".into()))?,
        );
        item.org_key_id = Some(key.id);
        item.data_key_era = Some(key.id);
        items.push(item);
    }
    insert_all(conn, &items)?;
    let hashes: Vec<&[u8]> = items.iter().map(|i| i.receipt_hash.as_slice()).collect();
    let ids = ids_of(conn, &hashes)?
        .into_iter()
        .map(|id| id.ok_or_else(|| StorageError::Io("a stored submission is missing".into())))
        .collect::<StorageResult<Vec<i64>>>()?;
    let shared: Vec<SurvivorEvent<'_>> = items
        .iter()
        .zip(&ids)
        .map(|(item, id)| SurvivorEvent {
            day: &item.received_on,
            action: "shared",
            submission_id: *id,
            detail: "to=received",
        })
        .collect();
    events::append_survivor(conn, &chain.name, &shared, chain.linker.as_ref())?;
    for (job, item) in jobs.iter().zip(&items) {
        if let Some(link) = &job.link {
            super::tickets::insert(conn, &link.id_hash, &link.sealed, &item.received_on)?;
        }
    }
    // An urgent arrival owes the leads an alert: a flag, set in this commit,
    // that dates nothing (see `app::lead_alerts`).
    if alert_from.is_some_and(|from| items.iter().any(|i| i.priority >= from)) {
        super::alerts::mark_pending(conn)?;
    }
    Ok(())
}

fn commit_group(
    conn: &mut DbConnection,
    group: Vec<Job>,
    rides: Vec<Ride>,
    chain: &NodeChain,
    alert_from: Option<i64>,
) {
    let all: Vec<&Job> = group.iter().collect();
    let mut rides = Some(rides);
    let mut answers = Vec::new();
    let grouped: StorageResult<()> = write(conn, |c| {
        if !all.is_empty() {
            insert_sealed(c, &all, chain, alert_from)?;
        }
        for ride in rides.take().unwrap_or_default() {
            answers.push(ride(c));
        }
        Ok(())
    });
    // Rides that ran learn whether their commit landed; those that did not
    // (the submissions failed first) run in a commit of their own.
    let failed = grouped.as_ref().err().map(|e| e.to_string());
    for answer in answers {
        answer(match &failed {
            None => Ok(()),
            Some(message) => Err(StorageError::Io(message.clone())),
        });
    }
    for ride in rides.take().unwrap_or_default() {
        let mut answer = None;
        let alone: StorageResult<()> = write(conn, |c| {
            answer = Some(ride(c));
            Ok(())
        });
        if let Some(answer) = answer {
            answer(alone);
        }
    }
    if grouped.is_ok() || group.len() <= 1 {
        for job in group {
            (job.reply)(match &failed {
                None => Ok(()),
                Some(message) => Err(StorageError::Io(message.clone())),
            });
        }
        return;
    }
    for job in group {
        let result = write(conn, |c| insert_sealed(c, &[&job], chain, alert_from));
        (job.reply)(result);
    }
}
