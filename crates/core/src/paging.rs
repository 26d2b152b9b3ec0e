//! Offset/limit paging as a [`Stream`], windows split, and id batches: the machinery of the
//! streams and batched calls the code generator writes for each service crate (from its
//! spec's `x-paging`, `x-window` and `x-batch`).
//!
//! The generated code supplies one closure that fetches the page at an offset; [`offset_pages`]
//! walks the pages until the service has no more, and yields the records one by one.

use std::collections::HashSet;
use std::future::Future;
use std::hash::Hash;

use futures_util::{Stream, StreamExt as _, TryStreamExt as _, stream};

use crate::error::{Error, ErrorKind};
use crate::window::TimeWindow;

/// The largest offset the list operations accept (`offset` is an `int32`).
pub const MAX_OFFSET: u64 = i32::MAX as u64;

/// One page of a list operation: its records, and the total when the service reports one.
#[derive(Debug, Clone, PartialEq)]
pub struct Page<T> {
    /// The records of this page, in the service's order.
    pub items: Vec<T>,
    /// The number of records over all pages, when the response carries it.
    pub total: Option<u64>,
}

/// Every record of a paged list, fetching `page_size` at a time from offset 0, each once by
/// `key`.
///
/// Stops after a page shorter than `page_size` (an empty one included), or once the offset
/// reaches the reported total, so it needs exactly the pages the records fill (plus one empty
/// page only when the records fill the last page exactly and no total is sent). The first
/// error ends the stream. A full page with nothing new on it (a service that ignores
/// `offset` and sends the same page again) ends it with an [`ErrorKind::Decode`] error, rather
/// than paging on to the largest offset.
pub fn offset_pages<T, K, G, F, Fut>(
    page_size: u32,
    key: G,
    fetch: F,
) -> impl Stream<Item = Result<T, Error>>
where
    K: Eq + Hash,
    G: Fn(&T) -> K,
    F: FnMut(u32) -> Fut,
    Fut: Future<Output = Result<Page<T>, Error>>,
{
    struct State<F, G, K> {
        fetch: F,
        key: G,
        offset: u64,
        done: bool,
        seen: HashSet<K>,
    }
    let page_size = page_size.max(1);
    let state = State {
        fetch,
        key,
        offset: 0,
        done: false,
        seen: HashSet::new(),
    };
    stream::try_unfold(state, move |mut state| async move {
        if state.done {
            return Ok::<_, Error>(None);
        }
        let offset = u32::try_from(state.offset)
            .ok()
            .filter(|&o| u64::from(o) <= MAX_OFFSET)
            .ok_or_else(|| {
                Error::invalid_input(
                    "offset",
                    format!("paging went past the largest offset, {MAX_OFFSET}"),
                )
            })?;
        let page = (state.fetch)(offset).await?;
        let got = page.items.len() as u64;
        let full = got >= u64::from(page_size);
        let new: Vec<T> = page
            .items
            .into_iter()
            .filter(|item| state.seen.insert((state.key)(item)))
            .collect();
        if full && new.is_empty() {
            return Err(Error::new(
                ErrorKind::Decode,
                format!(
                    "the page at offset {offset} holds only records already listed: \
                     the service is not paging, so listing stops here"
                ),
            ));
        }
        state.offset += got;
        state.done = !full || page.total.is_some_and(|t| state.offset >= t);
        Ok(Some((new, state)))
    })
    .map_ok(|items| stream::iter(items.into_iter().map(Ok)))
    .try_flatten()
}

/// Drop records whose key was seen before: a file that spans the boundary of two windows is
/// listed in both.
pub fn unique_by<T, K, S>(records: S, key: impl Fn(&T) -> K) -> impl Stream<Item = Result<T, Error>>
where
    S: Stream<Item = Result<T, Error>>,
    K: Eq + Hash,
{
    let mut seen = HashSet::new();
    records.filter(move |record| {
        let keep = match record {
            Ok(r) => seen.insert(key(r)),
            Err(_) => true,
        };
        std::future::ready(keep)
    })
}

/// Every record of `window`: split into windows of at most `split` in whole seconds (the
/// time formats carry no fractions), each listed by `list_window`, in order, each record once
/// by `key`.
pub fn windowed<T, K, S>(
    window: TimeWindow,
    split: chrono::TimeDelta,
    list_window: impl FnMut(TimeWindow) -> S,
    key: impl Fn(&T) -> K,
) -> impl Stream<Item = Result<T, Error>>
where
    S: Stream<Item = Result<T, Error>>,
    K: Eq + Hash,
{
    let all = stream::iter(window.whole_seconds().split(split)).flat_map(list_window);
    unique_by(all, key)
}

/// The links of `ids`, asked for `batch` ids a call by `fetch`, each paired with its id in the
/// order given. An answer with a different number of links than ids asked for is an
/// [`ErrorKind::Decode`] error of `operation` (`(service, operation id)`). No ids, no call.
pub async fn batched<I, L, F, Fut>(
    ids: &[I],
    batch: usize,
    operation: (&'static str, &'static str),
    mut fetch: F,
) -> Result<Vec<(I, L)>, Error>
where
    I: Clone,
    F: FnMut(&[I]) -> Fut,
    Fut: Future<Output = Result<Vec<L>, Error>>,
{
    let mut out = Vec::with_capacity(ids.len());
    for chunk in ids.chunks(batch.max(1)) {
        let links = fetch(chunk).await?;
        if links.len() != chunk.len() {
            return Err(Error::new(
                ErrorKind::Decode,
                format!("asked for {} links, got {}", chunk.len(), links.len()),
            )
            .with_operation(operation.0, operation.1));
        }
        out.extend(chunk.iter().cloned().zip(links));
    }
    Ok(out)
}

/// How an export is waited for: asked again after 1 s, then twice as long each time up to
/// 8 s, for at most [`EXPORT_WAIT`] in all.
pub const EXPORT_WAIT: std::time::Duration = std::time::Duration::from_secs(60);
const EXPORT_FIRST_PAUSE: std::time::Duration = std::time::Duration::from_secs(1);
const EXPORT_LONGEST_PAUSE: std::time::Duration = std::time::Duration::from_secs(8);

/// One answer of an export: its files with their links, and whether it is still being
/// prepared (its status, or a record's, says so).
pub struct ExportAnswer<T> {
    /// The records, as the service sent them so far.
    pub items: Vec<T>,
    /// Not ready yet: ask again.
    pub pending: bool,
}

/// Ask `call` until its answer is no longer pending, pausing between calls, for at most
/// [`EXPORT_WAIT`]; then the last answer, whatever it says (a record still being prepared
/// is the caller's to report, and the next run's to fetch).
pub async fn exported<T, F, Fut>(mut call: F) -> Result<Vec<T>, Error>
where
    F: FnMut() -> Fut,
    Fut: Future<Output = Result<ExportAnswer<T>, Error>>,
{
    let started = tokio::time::Instant::now();
    let mut pause = EXPORT_FIRST_PAUSE;
    loop {
        let answer = call().await?;
        if !answer.pending || started.elapsed() + pause > EXPORT_WAIT {
            if answer.pending {
                tracing::warn!(
                    waited_s = started.elapsed().as_secs(),
                    "the export is still being prepared; what is not ready is left for later"
                );
            }
            return Ok(answer.items);
        }
        tracing::debug!(
            pause_ms = pause.as_millis() as u64,
            "export not ready; asking again"
        );
        tokio::time::sleep(pause).await;
        pause = (pause * 2).min(EXPORT_LONGEST_PAUSE);
    }
}

#[cfg(test)]
mod tests {
    #![allow(clippy::unwrap_used)]
    use super::*;
    use std::sync::atomic::{AtomicU32, Ordering};

    async fn collect(total: usize, page_size: u32, report_total: bool) -> (Vec<usize>, u32) {
        let calls = AtomicU32::new(0);
        let records: Vec<usize> = (0..total).collect();
        let out: Vec<usize> = offset_pages(
            page_size,
            |n: &usize| *n,
            |offset| {
                calls.fetch_add(1, Ordering::Relaxed);
                let start = (offset as usize).min(total);
                let end = (start + page_size as usize).min(total);
                let page = Page {
                    items: records[start..end].to_vec(),
                    total: report_total.then_some(total as u64),
                };
                async move { Ok(page) }
            },
        )
        .try_collect()
        .await
        .unwrap();
        (out, calls.load(Ordering::Relaxed))
    }

    #[tokio::test(start_paused = true)]
    async fn an_export_is_asked_again_until_ready_and_for_at_most_a_minute() {
        use std::sync::atomic::{AtomicU32, Ordering};
        let calls = AtomicU32::new(0);
        let ready_after = |n: u32| {
            let calls = &calls;
            move || {
                let k = calls.fetch_add(1, Ordering::SeqCst);
                async move {
                    Ok(ExportAnswer {
                        items: vec![k],
                        pending: k < n,
                    })
                }
            }
        };
        let started = tokio::time::Instant::now();
        assert_eq!(exported(ready_after(2)).await.unwrap(), vec![2]);
        assert_eq!(
            started.elapsed(),
            std::time::Duration::from_secs(3),
            "1 s, then 2 s"
        );

        calls.store(0, Ordering::SeqCst);
        let started = tokio::time::Instant::now();
        let last = exported(ready_after(u32::MAX)).await.unwrap();
        assert!(started.elapsed() <= EXPORT_WAIT, "{:?}", started.elapsed());
        assert!(last[0] >= 7, "asked {} times", last[0] + 1);
    }

    #[tokio::test]
    async fn pages_needed_and_no_more() {
        assert_eq!(collect(250, 100, true).await, ((0..250).collect(), 3));
        assert_eq!(collect(200, 100, true).await.1, 2);
        // Without a total, a full last page costs one empty page to be sure.
        assert_eq!(collect(200, 100, false).await.1, 3);
        assert_eq!(collect(0, 100, true).await, (vec![], 1));
    }

    #[tokio::test]
    async fn first_error_ends_the_stream() {
        let results: Vec<Result<u32, Error>> = offset_pages(
            2,
            |n: &u32| *n,
            |offset| async move {
                if offset == 0 {
                    Ok(Page {
                        items: vec![1, 2],
                        total: None,
                    })
                } else {
                    Err(Error::new(crate::ErrorKind::Transport, "boom"))
                }
            },
        )
        .collect()
        .await;
        assert_eq!(results.len(), 3);
        assert!(results[2].is_err());
    }

    #[tokio::test]
    async fn batches_of_at_most_the_limit_and_a_count_check() {
        let ids: Vec<u32> = (0..23).collect();
        let calls = AtomicU32::new(0);
        let out = batched(&ids, 10, ("example", "op"), |chunk| {
            calls.fetch_add(1, Ordering::Relaxed);
            let links: Vec<u32> = chunk.iter().map(|i| i * 100).collect();
            async move { Ok(links) }
        })
        .await
        .unwrap();
        assert_eq!(calls.load(Ordering::Relaxed), 3);
        assert_eq!(out[22], (22, 2200));
        let short = batched(&ids, 50, ("example", "op"), |_| async { Ok(vec![1u32]) })
            .await
            .unwrap_err();
        assert_eq!(short.kind(), crate::ErrorKind::Decode);
        assert!(
            short.to_string().contains("asked for 23 links, got 1"),
            "{short}"
        );
        let none: Vec<(u32, u32)> = batched(&[], 50, ("example", "op"), |_| async {
            Err(Error::new(crate::ErrorKind::Transport, "no call expected"))
        })
        .await
        .unwrap();
        assert!(none.is_empty());
    }

    #[tokio::test]
    async fn a_service_that_ignores_offset_is_caught_on_the_second_page() {
        let calls = AtomicU32::new(0);
        let results: Vec<Result<u32, Error>> = offset_pages(
            3,
            |n: &u32| *n,
            |_offset| {
                calls.fetch_add(1, Ordering::Relaxed);
                async {
                    Ok(Page {
                        items: vec![1, 2, 3],
                        total: Some(1_000_000),
                    })
                }
            },
        )
        .collect()
        .await;
        assert_eq!(calls.load(Ordering::Relaxed), 2);
        assert_eq!(results.len(), 4);
        let err = results[3].as_ref().unwrap_err();
        assert_eq!(err.kind(), crate::ErrorKind::Decode);
        assert!(err.to_string().contains("offset 3"), "{err}");
        // A page overlapping the last one (records moved while paging) is fine: the repeats
        // are dropped and paging goes on.
        let out: Vec<u32> = offset_pages(
            3,
            |n: &u32| *n,
            |offset| async move {
                let items = match offset {
                    0 => vec![1, 2, 3],
                    3 => vec![3, 4, 5],
                    _ => vec![6],
                };
                Ok(Page { items, total: None })
            },
        )
        .try_collect()
        .await
        .unwrap();
        assert_eq!(out, vec![1, 2, 3, 4, 5, 6]);
    }

    #[tokio::test]
    async fn unique_by_drops_repeats() {
        let s = stream::iter([Ok(1), Ok(2), Ok(1), Ok(3)]);
        let out: Vec<i32> = unique_by(s, |n: &i32| *n).try_collect().await.unwrap();
        assert_eq!(out, vec![1, 2, 3]);
    }
}
