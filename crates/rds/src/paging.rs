//! Typed times, a stream over every audit log file of a window, and links for any number of
//! files: the calls an archiver makes, with no time formatting, paging or batching by hand.

use chrono::{DateTime, TimeZone};
use futures_util::Stream;
use huaweicloud_core::Error;
use huaweicloud_core::paging::{self, Page};
use huaweicloud_core::window::TimeWindow;

use crate::{AuditLogFile, Client, types};

/// The largest page `list_auditlogs` returns.
pub const MAX_PAGE: u32 = 50;
/// The most ids one `show_auditlog_download_link` call takes.
pub const MAX_LINK_IDS: usize = 50;

/// A date-time in any zone, formatted as the API wants it (`2020-12-06T09:00:00+0800`, in the
/// value's own offset): `.start_time(Utc::now() - TimeDelta::days(1))`.
impl<Tz: TimeZone> TryFrom<DateTime<Tz>> for types::AuditTime
where
    Tz::Offset: std::fmt::Display,
{
    type Error = types::error::ConversionError;

    fn try_from(time: DateTime<Tz>) -> Result<Self, Self::Error> {
        huaweicloud_core::wire::format_audit_time(&time).parse()
    }
}

impl Client {
    /// Every audit log file of `instance_id` in `window`: windows over 30 days are split, each
    /// is listed 50 files a page, and a file listed in two windows comes once. The first error
    /// ends the stream.
    pub fn audit_log_files(
        &self,
        instance_id: &str,
        window: TimeWindow,
    ) -> impl Stream<Item = Result<AuditLogFile, Error>> + Send + 'static {
        let client = self.clone();
        let instance_id = instance_id.to_owned();
        let per_window = move |w: TimeWindow| {
            let (client, instance_id) = (client.clone(), instance_id.clone());
            paging::offset_pages(
                MAX_PAGE,
                |f: &AuditLogFile| f.id.clone(),
                move |offset| {
                    let (client, instance_id) = (client.clone(), instance_id.clone());
                    async move {
                        let project_id = client.runtime().require_project_id()?;
                        let request = client
                            .list_auditlogs()
                            .project_id(project_id)
                            .instance_id(instance_id)
                            .start_time(w.start())
                            .end_time(w.end())
                            .offset(i64::from(offset))
                            .limit(i64::from(MAX_PAGE));
                        let page = request.send().await?.into_inner();
                        let items = page
                            .files()
                            .map_err(|e| Error::from(e).with_operation("rds", "list_auditlogs"))?;
                        Ok(Page {
                            items,
                            total: u64::try_from(page.total_record).ok(),
                        })
                    }
                },
            )
        };
        paging::windowed(window, per_window, |f: &AuditLogFile| f.id.clone())
    }

    /// Download links for the audit log files `ids`, asked for 50 ids a call, paired with
    /// their ids in the order given. No ids, no call.
    pub async fn audit_log_links(
        &self,
        instance_id: &str,
        ids: &[String],
    ) -> Result<Vec<(String, String)>, Error> {
        let project_id = self.runtime().require_project_id()?;
        paging::batched(
            ids,
            MAX_LINK_IDS,
            ("rds", "show_auditlog_download_link"),
            |batch| {
                let request = self
                    .show_auditlog_download_link()
                    .project_id(project_id)
                    .instance_id(instance_id)
                    .body(types::ShowAuditlogDownloadLinkRequest::builder().ids(batch));
                async move { Ok(request.send().await?.into_inner().links) }
            },
        )
        .await
    }
}
