//! The download links of one instance: asked for a batch at a time in download order (files
//! are registered as they are queued for download), one batch ahead of the downloads, and
//! refreshed once for every download still waiting when one is found expired.
//!
//! No lock is held across a link call: a download whose link is at hand never waits for a
//! call that asks for others, and every download waiting on one call gets its answer at once:
//! its links, or its error (a call that stalls or fails costs its files one wait, not one
//! each). The next batch is asked for as soon as it is full (or the listing is over) and the
//! batch before it has been reached, so downloads do not wait for links once they are going.

use std::collections::{HashMap, VecDeque};
use std::sync::{Arc, Mutex, MutexGuard};

use chrono::Utc;

use crate::model::Link;
use crate::source::Source;

/// The links of one instance (of one node, for a kind exported node by node).
pub(crate) struct LinkBook {
    source: Source,
    instance_id: String,
    node_id: Option<String>,
    batch: usize,
    state: Mutex<BookState>,
}

struct BookState {
    /// Ids queued for download and in no batch yet, in download order.
    waiting: VecDeque<String>,
    /// The batch that holds (or will hold) each id's link, until its download is done.
    slots: HashMap<String, Arc<Batch>>,
    /// The batch asked for ahead of the downloads, until one of them reaches it.
    ahead: Option<Arc<Batch>>,
    /// No more ids will be registered: a last batch may be short.
    closed: bool,
}

/// One link call: its ids and, once answered, its links or its error.
struct Batch {
    ids: Vec<String>,
    answer: tokio::sync::OnceCell<Result<HashMap<String, Link>, String>>,
}

impl LinkBook {
    /// A book for the files of an instance (of a node), asked for `batch` at a time.
    pub(crate) fn new(
        source: Source,
        instance_id: String,
        node_id: Option<String>,
        batch: usize,
    ) -> Self {
        Self {
            source,
            instance_id,
            node_id,
            batch: batch.max(1),
            state: Mutex::new(BookState {
                waiting: VecDeque::new(),
                slots: HashMap::new(),
                ahead: None,
                closed: false,
            }),
        }
    }

    /// `id` will be downloaded after the ids registered before it.
    pub(crate) fn enqueue(&self, id: &str) {
        let mut st = self.state();
        st.waiting.push_back(id.to_owned());
        self.ask_ahead(&mut st);
    }

    /// No more ids will be registered.
    pub(crate) fn close(&self) {
        let mut st = self.state();
        st.closed = true;
        self.ask_ahead(&mut st);
    }

    fn state(&self) -> MutexGuard<'_, BookState> {
        self.state.lock().unwrap_or_else(|e| e.into_inner())
    }

    /// The link of `id`, asked for with the next ids in download order if it was not yet.
    pub(crate) async fn get(&self, id: &str) -> Result<Link, String> {
        let batch = {
            let mut st = self.state();
            let batch = match st.slots.get(id) {
                Some(batch) => Arc::clone(batch),
                None => {
                    st.waiting.retain(|w| w != id);
                    let mut ids = vec![id.to_owned()];
                    while ids.len() < self.batch {
                        match st.waiting.pop_front() {
                            Some(next) => ids.push(next),
                            None => break,
                        }
                    }
                    st.assign(ids)
                }
            };
            // The downloads have reached the batch asked for ahead: ask for the next one.
            if st.ahead.as_ref().is_some_and(|a| Arc::ptr_eq(a, &batch)) {
                st.ahead = None;
            }
            self.ask_ahead(&mut st);
            batch
        };
        self.link_in(&batch, id).await
    }

    /// Ask for the next batch in the background, when none is ahead already and a full one
    /// is waiting (or the listing is over). Needs a runtime; without one, batches are asked
    /// for when a download needs them.
    fn ask_ahead(&self, st: &mut BookState) {
        let full = st.waiting.len() >= self.batch;
        if st.ahead.is_some() || st.waiting.is_empty() || !(full || st.closed) {
            return;
        }
        let Ok(runtime) = tokio::runtime::Handle::try_current() else {
            return;
        };
        let take = st.waiting.len().min(self.batch);
        let ids: Vec<String> = st.waiting.drain(..take).collect();
        let batch = st.assign(ids);
        st.ahead = Some(Arc::clone(&batch));
        let (source, instance_id, node_id) = (
            self.source.clone(),
            self.instance_id.clone(),
            self.node_id.clone(),
        );
        runtime.spawn(async move {
            let _ = answer(&source, &instance_id, node_id.as_deref(), &batch).await;
        });
    }

    /// A fresh link for `id`, whose link `stale` has expired. If another download has
    /// refreshed since (a newer call is under way, or answered with a link that is not past
    /// its expiry: services with short lifetimes hand out links that are always close to it),
    /// that link is used; else every download still waiting gets a fresh link in one go.
    pub(crate) async fn refresh(&self, id: &str, stale: Link) -> Result<Link, String> {
        let batch = {
            let mut st = self.state();
            let newer = st.slots.get(id).and_then(|batch| match batch.answer.get() {
                None => Some(Arc::clone(batch)),
                Some(Ok(links)) => links
                    .get(id)
                    .filter(|l| l.url != stale.url && l.expires_at > Utc::now())
                    .map(|_| Arc::clone(batch)),
                Some(Err(_)) => None,
            });
            match newer {
                Some(batch) => batch,
                None => {
                    let mut ids: Vec<String> = st
                        .slots
                        .keys()
                        .filter(|k| k.as_str() != id)
                        .cloned()
                        .collect();
                    ids.insert(0, id.to_owned());
                    tracing::info!(
                        instance = %self.instance_id,
                        files = ids.len(),
                        "download links expired; fetching fresh ones for every waiting download"
                    );
                    // The batch ahead, if any, is in this one now.
                    st.ahead = None;
                    st.assign(ids)
                }
            }
        };
        self.link_in(&batch, id).await
    }

    /// The download of `id` is over (or never starts): its link is forgotten.
    pub(crate) fn done(&self, id: &str) {
        let mut st = self.state();
        st.slots.remove(id);
        st.waiting.retain(|w| w != id);
    }

    /// `id`'s link from `batch`, asking for the batch's links if nobody has yet (once: every
    /// download waiting on the batch shares the one call and its outcome).
    async fn link_in(&self, batch: &Batch, id: &str) -> Result<Link, String> {
        match answer(
            &self.source,
            &self.instance_id,
            self.node_id.as_deref(),
            batch,
        )
        .await
        {
            Ok(links) => links
                .get(id)
                .cloned()
                .ok_or_else(|| format!("the service gave no link for file {id}")),
            Err(why) => Err(why.clone()),
        }
    }
}

/// The answer of `batch`'s link call, made once by whoever asks first.
async fn answer<'a>(
    source: &Source,
    instance_id: &str,
    node_id: Option<&str>,
    batch: &'a Batch,
) -> &'a Result<HashMap<String, Link>, String> {
    batch
        .answer
        .get_or_init(|| async {
            source
                .links(instance_id, node_id, &batch.ids)
                .await
                .map(|links| links.into_iter().collect())
                .map_err(|e| format!("getting download links: {e}"))
        })
        .await
}

impl BookState {
    /// A new batch for `ids`, which from now on is where their links are.
    fn assign(&mut self, ids: Vec<String>) -> Arc<Batch> {
        let batch = Arc::new(Batch {
            ids,
            answer: tokio::sync::OnceCell::new(),
        });
        for id in &batch.ids {
            self.slots.insert(id.clone(), Arc::clone(&batch));
        }
        batch
    }
}
