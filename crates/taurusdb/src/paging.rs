//! A stream over every DDL log file of a node in a window, and links for any number of files:
//! the calls an archiver makes, with no millisecond arithmetic, paging or batching by hand.
//! Times go in as date-times: `huaweicloud_core::bounded::UnixMillis` converts from them.

use futures_util::{Stream, StreamExt as _, stream};
use huaweicloud_core::paging::{self, Page};
use huaweicloud_core::window::{MAX_CALL_WINDOW, TimeWindow};
use huaweicloud_core::{Error, ErrorKind};

use crate::{Client, DdlLogFile, DownloadLink, types};

/// The largest page `list_ddl_logs` returns.
pub const MAX_PAGE: u32 = 100;
/// The most ids one `download_ddl_logs` call takes.
pub const MAX_LINK_IDS: usize = 10;

impl Client {
    /// Every DDL log file of node `node_id` of `instance_id` in `window`: listed 100 files a
    /// page, in windows of at most 30 days (TaurusDB documents no limit; shorter windows keep
    /// each call cheap and match the other services), each file once. The first error ends
    /// the stream.
    pub fn ddl_log_files(
        &self,
        instance_id: &str,
        node_id: &str,
        window: TimeWindow,
    ) -> impl Stream<Item = Result<DdlLogFile, Error>> + Send + 'static {
        let client = self.clone();
        let instance_id = instance_id.to_owned();
        let node_id = node_id.to_owned();
        let per_window = move |w: TimeWindow| {
            let (client, instance_id, node_id) =
                (client.clone(), instance_id.clone(), node_id.clone());
            paging::offset_pages(MAX_PAGE, move |offset| {
                let (client, instance_id, node_id) =
                    (client.clone(), instance_id.clone(), node_id.clone());
                async move {
                    let project_id = client.runtime().require_project_id()?;
                    let page = client
                        .list_ddl_logs()
                        .project_id(project_id)
                        .instance_id(instance_id)
                        .node_id(node_id)
                        .start_time(w.start())
                        .end_time(w.end())
                        .offset(i64::from(offset))
                        .limit(i64::from(MAX_PAGE))
                        .send()
                        .await?
                        .into_inner();
                    let items = page
                        .files()
                        .map_err(|e| Error::from(e).with_operation("taurusdb", "list_ddl_logs"))?;
                    Ok(Page {
                        items,
                        total: page.total_count.and_then(|t| u64::try_from(t).ok()),
                    })
                }
            })
        };
        let all = stream::iter(window.whole_seconds().split(MAX_CALL_WINDOW)).flat_map(per_window);
        paging::unique_by(all, |f: &DdlLogFile| f.id.clone())
    }

    /// Download links for the DDL log files `ids`, asked for 10 ids a call. Each link carries
    /// its file's id: the one the service sent, or else the id asked for in the same position.
    /// No ids, no call.
    pub async fn ddl_log_links(
        &self,
        instance_id: &str,
        ids: &[String],
    ) -> Result<Vec<DownloadLink>, Error> {
        let mut out = Vec::with_capacity(ids.len());
        for batch in ids.chunks(MAX_LINK_IDS) {
            let response = self
                .download_ddl_logs()
                .project_id(self.runtime().require_project_id()?)
                .instance_id(instance_id)
                .body(types::DownloadDdlLogsRequest::builder().log_ids(batch))
                .send()
                .await?
                .into_inner();
            let decode = |message: String| {
                Error::new(ErrorKind::Decode, message)
                    .with_operation("taurusdb", "download_ddl_logs")
            };
            let links = response.links().map_err(|e| decode(e.to_string()))?;
            if links.len() != batch.len() {
                return Err(decode(format!(
                    "asked for {} links, got {}",
                    batch.len(),
                    links.len()
                )));
            }
            for (asked, mut link) in batch.iter().zip(links) {
                if link.id.is_none() {
                    link.id = Some(asked.clone());
                }
                out.push(link);
            }
        }
        Ok(out)
    }
}
