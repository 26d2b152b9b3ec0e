//! A stream over every DDL log file of a node in a window, and links for any number of files:
//! the calls an archiver makes, with no millisecond arithmetic, paging or batching by hand.
//! Times go in as date-times: `huaweicloud_core::bounded::UnixMillis` converts from them.

use futures_util::Stream;
use huaweicloud_core::paging::{self, Page};
use huaweicloud_core::window::TimeWindow;
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
            paging::offset_pages(
                MAX_PAGE,
                |f: &DdlLogFile| f.id.clone(),
                move |offset| {
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
                        let items = page.files().map_err(|e| {
                            Error::from(e).with_operation("taurusdb", "list_ddl_logs")
                        })?;
                        Ok(Page {
                            items,
                            total: page.total_count.and_then(|t| u64::try_from(t).ok()),
                        })
                    }
                },
            )
        };
        paging::windowed(window, per_window, |f: &DdlLogFile| f.id.clone())
    }

    /// Download links for the DDL log files `ids`, asked for 10 ids a call. Each link carries
    /// its file's id: the one the service sent, or else the id asked for in the same position.
    /// No ids, no call.
    pub async fn ddl_log_links(
        &self,
        instance_id: &str,
        ids: &[String],
    ) -> Result<Vec<DownloadLink>, Error> {
        let project_id = self.runtime().require_project_id()?;
        let operation = ("taurusdb", "download_ddl_logs");
        let paired = paging::batched(ids, MAX_LINK_IDS, operation, |batch| {
            let request = self
                .download_ddl_logs()
                .project_id(project_id)
                .instance_id(instance_id)
                .body(types::DownloadDdlLogsRequest::builder().log_ids(batch));
            async move {
                let answer = request.send().await?.into_inner();
                answer.links().map_err(|e| {
                    Error::new(ErrorKind::Decode, e.to_string())
                        .with_operation(operation.0, operation.1)
                })
            }
        })
        .await?;
        Ok(paired
            .into_iter()
            .map(|(asked, mut link)| {
                link.id.get_or_insert(asked);
                link
            })
            .collect())
    }
}
