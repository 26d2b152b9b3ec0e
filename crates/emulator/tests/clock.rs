//! The emulator's clock reaches its clients: every response carries it in `Date`, as the real
//! services send theirs, so a fixed or moved clock is what a client reads as the service's time.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

mod common;

use std::time::Duration;

use chrono::{DateTime, TimeDelta, Utc};
use common::{Resp, call, fetch, q_time, with_token};
use huaweicloud_core::Credentials;
use huaweicloud_emulator::{Clock, Config, start};

fn in_2031() -> DateTime<Utc> {
    DateTime::parse_from_rfc3339("2031-05-06T07:08:09Z")
        .unwrap()
        .with_timezone(&Utc)
}

/// The one `Date` header of a response.
fn date(resp: &Resp) -> &str {
    let dates: Vec<&str> = resp
        .headers
        .iter()
        .filter(|(k, _)| k.eq_ignore_ascii_case("date"))
        .map(|(_, v)| v.as_str())
        .collect();
    assert_eq!(dates.len(), 1, "one Date header: {:?}", resp.headers);
    dates[0]
}

#[tokio::test]
async fn every_response_carries_the_emulators_clock_in_date() {
    let emu = start(Config {
        clock: Clock::fixed(in_2031()),
        logs_per_instance: 2,
        ..Config::default()
    })
    .await
    .unwrap();
    let project = emu.credentials().project_id;
    let instance = emu.instances().dds[0].id.clone();
    let list_path = format!(
        "/v3/{project}/instances/{instance}/auditlog?start_time={}&end_time={}",
        q_time(in_2031() - TimeDelta::days(30)),
        q_time(in_2031())
    );

    let list = with_token(&emu, "GET", &list_path, b"").await;
    list.expect(200);
    assert_eq!(date(&list), "Tue, 06 May 2031 07:08:09 GMT");

    let refused = call(&emu, "GET", &list_path, &[], b"").await;
    refused.expect_error(401, "APIGW.0301");
    assert_eq!(date(&refused), "Tue, 06 May 2031 07:08:09 GMT");

    let expires = (in_2031() + TimeDelta::minutes(5)).timestamp();
    let url = emu.download_url(0, expires).unwrap();
    let download = fetch(&emu, "GET", &url, &[]).await;
    download.expect(200);
    assert_eq!(date(&download), "Tue, 06 May 2031 07:08:09 GMT");

    let admin = call(&emu, "GET", "/_emulator/stats", &[], b"").await;
    admin.expect(200);
    assert_eq!(date(&admin), "Tue, 06 May 2031 07:08:09 GMT");

    // Moved an hour on: the link has expired, and the refusal says when it is.
    emu.clock().advance(Duration::from_secs(3600));
    let expired = fetch(&emu, "GET", &url, &[]).await;
    expired.expect(403);
    assert_eq!(date(&expired), "Tue, 06 May 2031 08:08:09 GMT");
}

#[tokio::test]
async fn a_generated_client_reads_the_emulators_clock() {
    let clock = Clock::system();
    clock.advance(Duration::from_secs(3 * 3600));
    let emu = start(Config {
        clock,
        logs_per_instance: 2,
        ..Config::default()
    })
    .await
    .unwrap();
    let creds = emu.credentials();
    // An IAM token: a signature dated by this machine's clock would be 3 hours off for the
    // emulator, which is the point of reading its clock.
    let client = huaweicloud_dds::Client::builder()
        .endpoint(emu.base_url())
        .credentials(Credentials::token(creds.token.clone()))
        .build()
        .unwrap();
    assert_eq!(client.runtime().clock_skew(), None, "no answer yet");

    let now = emu.clock().now();
    let time = |t: DateTime<Utc>| t.format("%Y-%m-%dT%H:%M:%S+0000").to_string();
    client
        .list_auditlogs()
        .project_id(creds.project_id.as_str())
        .instance_id(emu.instances().dds[0].id.as_str())
        .start_time(time(now - TimeDelta::days(1)))
        .end_time(time(now))
        .send()
        .await
        .unwrap();

    let skew = client
        .runtime()
        .clock_skew()
        .expect("a skew after one call");
    assert!(
        (skew - TimeDelta::hours(3)).num_seconds().abs() <= 5,
        "skew {skew}"
    );
    let ahead = client.runtime().service_now() - Utc::now();
    assert!(
        (ahead - TimeDelta::hours(3)).num_seconds().abs() <= 5,
        "service_now is {ahead} ahead"
    );
}
